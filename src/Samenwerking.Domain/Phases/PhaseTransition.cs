using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Phases;

/// <summary>A step from one phase to the next: when it takes effect, why, and who recorded it.</summary>
public sealed class PhaseTransition
{
    public const int MaxRationaleLength = 4000;

    private PhaseTransition()
    {
        Rationale = "";
        RecordedBySubject = "";
        RecordedByName = "";
    }

    internal PhaseTransition(Phase from, Phase to, DateOnly effectiveOn, string rationale, ChangeContext change)
    {
        Id = Guid.CreateVersion7();
        From = from;
        To = to;
        EffectiveOn = effectiveOn;
        Rationale = rationale;
        RecordedBySubject = change.Actor.Subject;
        RecordedByName = change.Actor.Name;
        RecordedAt = change.Now;
    }

    public Guid Id { get; private set; }

    public Phase From { get; private set; }

    public Phase To { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public string Rationale { get; private set; }

    public string RecordedBySubject { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
