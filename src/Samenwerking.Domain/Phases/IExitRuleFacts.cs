using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Domain.Phases;

/// <summary>
/// What the exit rules read about a collaboration, and nothing more. The aggregate offers it to decide a
/// transition; a read model projected straight from the database offers it for the readiness checklist.
/// Both are judged by the very same rule objects, so the checklist and the transition cannot disagree,
/// and a read never has to load (or track) the aggregate.
/// </summary>
public interface IExitRuleFacts
{
    Phase Phase { get; }

    Dimensions Dimensions { get; }

    /// <summary>CBS codes of the municipalities taking part now.</summary>
    IEnumerable<string> ActiveMunicipalityCodes { get; }

    IEnumerable<ExitRuleDecision> RecordedDecisions { get; }

    IEnumerable<ExitRuleRole> AssignedRoles { get; }

    DateOnly? OperatingSince { get; }

    /// <summary>What the Wgr register shows; required in full once a public-law regeling operates.</summary>
    RegisterEntry RegisterEntry { get; }
}

/// <summary>A recorded decision as far as the exit rules care.</summary>
public sealed record ExitRuleDecision(string MunicipalityCode, DecisionKind Kind, DateOnly DecidedOn, DateTimeOffset RecordedAt,
    DecisionOutcome Outcome)
{
    public bool IsPositive => Decision.IsPositiveOutcome(Outcome);
}

/// <summary>A role assignment as far as the exit rules care.</summary>
public sealed record ExitRuleRole(RoleKind Kind, Phase AssignedInPhase)
{
    public bool LeadsTheProject => RoleAssignment.LeadsTheProjectAs(Kind);
}
