using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Domain.Phases;

public sealed class AtLeastTwoParticipants : ExitRule
{
    public override string Code => "at-least-two-participants";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today)
    {
        var count = collaboration.ActiveMunicipalityCodes.Count();
        return When(count >= 2, $"{count} municipalities take part.",
            $"A collaboration needs at least two participating municipalities; {count} take part.");
    }
}

public sealed class TaskTypesChosen : ExitRule
{
    public override string Code => "task-types-chosen";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        When(collaboration.Dimensions.TaskTypes.Count > 0, "At least one task type is chosen.",
            "Choose at least one task type (beleid, uitvoering, bedrijfsvoering).");
}

public sealed class TaskScopeChosen : ExitRule
{
    public override string Code => "task-scope-chosen";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        When(collaboration.Dimensions.TaskScope is not null, "The number of tasks is chosen.",
            "Choose the number of tasks (een, meerdere, alle).");
}

public sealed class InitiativeRecorded : ExitRule
{
    public override string Code => "initiative-recorded";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        When(collaboration.Dimensions.Initiative is not null, "The initiative is recorded.",
            "Record whether the collaboration is vrijwillig or verplicht.");
}
