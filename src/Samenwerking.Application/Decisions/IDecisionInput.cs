using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions;

/// <summary>A decision as a command states it: recorded and corrected alike.</summary>
public interface IDecisionInput
{
    DecisionBody Body { get; }

    DecisionKind Kind { get; }

    DateOnly DecidedOn { get; }

    DecisionOutcome Outcome { get; }

    string? Reference { get; }

    string? Summary { get; }
}
