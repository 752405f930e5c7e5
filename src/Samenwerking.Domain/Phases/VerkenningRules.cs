using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Phases;

public sealed class AtLeastTwoParticipants : ExitRule
{
    public override string Code => "at-least-two-participants";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today)
    {
        var count = collaboration.ActiveMunicipalityCodes.Count();
        return When(count >= 2, new Text($"{count} municipalities take part.", $"Er nemen {count} gemeenten deel."),
            new Text($"A collaboration needs at least two participating municipalities; {count} take part.",
                $"Een samenwerking heeft minstens twee deelnemende gemeenten nodig; er nemen er {count} deel."));
    }
}

public sealed class TaskTypesChosen : ExitRule
{
    public override string Code => "task-types-chosen";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        When(collaboration.Dimensions.TaskTypes.Count > 0, new Text("At least one task type is chosen.", "Er is minstens één soort taak gekozen."),
            new Text("Choose at least one task type (beleid, uitvoering, bedrijfsvoering).",
                "Kies minstens één soort taak (beleid, uitvoering, bedrijfsvoering)."));
}

public sealed class TaskScopeChosen : ExitRule
{
    public override string Code => "task-scope-chosen";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        When(collaboration.Dimensions.TaskScope is not null, new Text("The number of tasks is chosen.", "Het aantal taken is gekozen."),
            new Text("Choose the number of tasks (een, meerdere, alle).", "Kies het aantal taken (een, meerdere, alle)."));
}

public sealed class InitiativeRecorded : ExitRule
{
    public override string Code => "initiative-recorded";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        When(collaboration.Dimensions.Initiative is not null, new Text("The initiative is recorded.", "Het initiatief is vastgelegd."),
            new Text("Record whether the collaboration is vrijwillig or verplicht.", "Leg vast of de samenwerking vrijwillig of verplicht is."));
}
