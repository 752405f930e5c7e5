using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases;

public static class PhaseMappings
{
    public static PhaseTransitionDto ToDto(this PhaseTransition t) =>
        new(t.Id, t.From, t.To, t.EffectiveOn, t.Rationale, t.RecordedByName, t.RecordedBySubject, t.RecordedAt);
}
