using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    /// <summary>
    /// Records a training, masterclass, leergang or intervisie. Developing collaboration skills is, with
    /// evaluating, what doorontwikkeling is for; the same dates apply as to evaluations.
    /// </summary>
    public DevelopmentActivity RecordDevelopmentActivity(DevelopmentActivityFacts facts, ChangeContext change)
    {
        EnsureNotEnded();
        EnsureInDoorontwikkeling(Refusals.DevelopmentActivityRequiresDoorontwikkeling, new Text(
            "activities that develop the collaboration are recorded once it operates, in doorontwikkeling",
            "activiteiten die de samenwerking ontwikkelen worden vastgelegd zodra ze werkt, in doorontwikkeling"));
        RecordedDates.EnsureNotInTheFuture(facts.HeldOn, change.Today, new Text(
            $"An activity is recorded once it took place, not in advance ({facts.HeldOn:yyyy-MM-dd}).",
            $"Een activiteit wordt vastgelegd nadat ze heeft plaatsgevonden, niet vooraf ({facts.HeldOn:yyyy-MM-dd})."));

        if (!facts.IsComplete)
        {
            throw new ArgumentException("An activity has a title and at least one attendee.", nameof(facts));
        }

        EnsureNotBeforeOperating(facts.HeldOn, new Text("A development activity", "Een ontwikkelactiviteit"));
        var activity = new DevelopmentActivity(Id, facts, change);
        developmentActivities.Add(activity);
        RecordChange(HistoryEntryKind.DevelopmentActivityRecorded,
            $"{DomainTerms.Of(facts.Kind)} '{activity.Title}' on {facts.HeldOn:yyyy-MM-dd} with {facts.AttendeeCount} attendee(s) recorded.",
            change, subjectId: activity.Id);
        return activity;
    }
}
