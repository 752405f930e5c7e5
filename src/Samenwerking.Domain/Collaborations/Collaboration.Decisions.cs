using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.History;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    public IReadOnlyList<Decision> Decisions => decisions;

    /// <summary>Records a formal decision of an active participant, taken by the body that may take it.</summary>
    public Decision RecordDecision(DecisionFacts facts, ChangeContext change)
    {
        if (!IsActiveParticipant(facts.MunicipalityCode))
        {
            throw new DomainRuleViolationException("not-an-active-participant", "Decision of a municipality that does not take part",
                $"{facts.MunicipalityCode} is not an active participant of this collaboration; only participants' decisions are recorded.",
                new Dictionary<string, object?> { ["municipalityCode"] = facts.MunicipalityCode });
        }

        if (!DecisionRules.Fits(facts.Kind, facts.Body))
        {
            throw new DomainRuleViolationException("decision-body-mismatch", "This body does not take this kind of decision",
                $"A {DomainTerms.Of(facts.Kind)} is taken by {string.Join(" or ", DecisionRules.BodiesFor(facts.Kind).Select(DomainTerms.Of))}, not by {DomainTerms.Of(facts.Body)}.");
        }

        if (facts.DecidedOn > change.Today)
        {
            throw new ArgumentException("A decision cannot be dated in the future.", nameof(facts));
        }

        var decision = new Decision(facts, change);
        decisions.Add(decision);
        Record(HistoryEntryKind.DecisionRecorded,
            $"{DomainTerms.Of(facts.Body)} of {facts.MunicipalityCode}: {DomainTerms.Of(facts.Kind)} {DomainTerms.Of(facts.Outcome)} on {facts.DecidedOn:yyyy-MM-dd}.",
            change, facts.MunicipalityCode);
        return decision;
    }
}
