using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    /// <summary>Records a formal decision of an active participant, taken by the body that may take it.</summary>
    public Decision RecordDecision(DecisionFacts facts, ChangeContext change)
    {
        EnsureNotEnded();
        if (!IsActiveParticipant(facts.MunicipalityCode))
        {
            throw Refusals.NotAnActiveParticipant.Because(new Text(
                    $"{facts.MunicipalityCode} is not an active participant of this collaboration; only participants' decisions are recorded.",
                    $"{facts.MunicipalityCode} is geen actieve deelnemer van deze samenwerking; alleen besluiten van deelnemers worden vastgelegd."),
                new Dictionary<string, object?> { ["municipalityCode"] = facts.MunicipalityCode });
        }

        EnsureBodyFits(facts);
        RecordedDates.EnsureNotInTheFuture(facts.DecidedOn, change.Today, new Text(
            $"A decision cannot be dated in the future ({facts.DecidedOn:yyyy-MM-dd}).",
            $"Een besluit kan niet in de toekomst gedateerd zijn ({facts.DecidedOn:yyyy-MM-dd})."));

        var decision = new Decision(facts, change);
        decisions.Add(decision);
        RecordChange(HistoryEntryKind.DecisionRecorded,
            $"{DomainTerms.Of(facts.Body)} of {facts.MunicipalityCode}: {DomainTerms.Of(facts.Kind)} {DomainTerms.Of(facts.Outcome)} on {facts.DecidedOn:yyyy-MM-dd}.",
            change, facts.MunicipalityCode, decision.Id);
        return decision;
    }

    private static void EnsureBodyFits(DecisionFacts facts)
    {
        if (!DecisionRules.Fits(facts.Kind, facts.Body))
        {
            throw Refusals.DecisionBodyMismatch.Because(new Text(
                $"A {DomainTerms.Of(facts.Kind)} is taken by {string.Join(" or ", DecisionRules.BodiesFor(facts.Kind).Select(DomainTerms.Of))}, not by {DomainTerms.Of(facts.Body)}.",
                $"Een {DomainTerms.Of(facts.Kind)} wordt genomen door {string.Join(" of ", DecisionRules.BodiesFor(facts.Kind).Select(DomainTerms.Of))}, niet door {DomainTerms.Of(facts.Body)}."));
        }
    }
}
