using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Domain.Phases;

/// <summary>What must hold before each phase can end (domain brief, "What must hold before a phase can end").</summary>
public static class ExitRules
{
    private static readonly IReadOnlyList<ExitRule> LeavingVerkenning =
        [new AtLeastTwoParticipants(), new TaskTypesChosen(), new TaskScopeChosen(), new InitiativeRecorded()];

    private static readonly IReadOnlyList<ExitRule> LeavingVoorbereiding =
        [new AllDimensionsDecided(), new LegalFormConsistent(), new RequiredDecisionsRecorded()];

    private static readonly IReadOnlyList<ExitRule> LeavingImplementatie =
        [new ProjectLeadAssigned(), new OperatingSinceKnown(), new RegisterEntryComplete()];

    public static IReadOnlyList<ExitRule> For(Phase phase) => phase switch
    {
        Phase.Verkenning => LeavingVerkenning,
        Phase.Voorbereiding => LeavingVoorbereiding,
        Phase.Implementatie => LeavingImplementatie,
        _ => [],
    };

    /// <summary>Every rule of every phase, for documentation and vocabularies.</summary>
    public static IEnumerable<(Phase Phase, ExitRule Rule)> All =>
        Enum.GetValues<Phase>().SelectMany(phase => For(phase).Select(rule => (phase, rule)));
}
