using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    public const int MaxEndReasonLength = 1000;

    /// <summary>
    /// Ends an operating collaboration (opheffing) on a date, for a reason. A public-law regeling needs each active
    /// participant's positive decisions to dissolve (<see cref="DecisionRules.NeededToDissolve"/>). Afterwards the
    /// collaboration takes no changes but corrections of the dissolution itself; it keeps its phase. Dissolving an
    /// ended collaboration again corrects the date and reason.
    /// </summary>
    public void Dissolve(DateOnly endedOn, string reason, ChangeContext change)
    {
        if (!IsOperating)
        {
            throw Refusals.DissolutionNotApplicable.Because(new Text(
                    $"The collaboration is in {DomainTerms.Of(Phase)}; only one in implementatie or doorontwikkeling is dissolved. " +
                    (Phase == Phase.Verkenning ? "An exploration that went nowhere is deleted instead." : "Participants can withdraw instead."),
                    $"De samenwerking is in {DomainTerms.Of(Phase)}; alleen een samenwerking in implementatie of doorontwikkeling wordt opgeheven. " +
                    (Phase == Phase.Verkenning ? "Een verkenning die niets opleverde wordt in plaats daarvan verwijderd." : "Deelnemers kunnen in plaats daarvan uittreden.")),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        RecordedDates.EnsureNotInTheFuture(endedOn, change.Today, new Text(
            $"A collaboration is dissolved once it ended, not in advance ({endedOn:yyyy-MM-dd}).",
            $"Een samenwerking wordt opgeheven nadat ze is beëindigd, niet vooraf ({endedOn:yyyy-MM-dd})."));
        EnsureNotBeforeOperating(endedOn, new Text("An end", "Een einde"));

        if (EndedOn is { } previousDate)
        {
            var previousReason = EndReason;
            (EndedOn, EndReason) = (endedOn, reason.Trim());
            RecordChange(HistoryEntryKind.DissolutionCorrected,
                $"Dissolution corrected from {previousDate:yyyy-MM-dd} ({previousReason}) to {endedOn:yyyy-MM-dd} ({EndReason}).", change);
            return;
        }

        var undecided = MunicipalitiesWithoutDecisionsToDissolve();
        if (undecided.Count > 0)
        {
            var needed = DecisionRules.NeededToDissolve(LegalKind).Select(DomainTerms.Of).ToList();
            throw Refusals.DissolutionDecisionsMissing.Because(new Text(
                    $"A {DomainTerms.Of(LegalKind ?? Collaborations.LegalKind.Publiekrechtelijk)} regeling is dissolved by positive decisions of every participant " +
                    $"({string.Join(" and ", needed)}); still missing for {string.Join(", ", undecided)}.",
                    $"Een {DomainTerms.Of(LegalKind ?? Collaborations.LegalKind.Publiekrechtelijk)} regeling wordt opgeheven met positieve besluiten van elke deelnemer " +
                    $"({string.Join(" en ", needed)}); die ontbreken nog voor {string.Join(", ", undecided)}."),
                new Dictionary<string, object?> { ["undecidedMunicipalities"] = undecided });
        }

        (EndedOn, EndReason) = (endedOn, reason.Trim());
        RecordChange(HistoryEntryKind.Dissolved, $"Collaboration dissolved (opheffing) on {endedOn:yyyy-MM-dd} in {DomainTerms.Of(Phase)}: {EndReason}", change);
    }

    /// <summary>Withdraws a dissolution recorded by mistake: the collaboration goes on in its phase.</summary>
    public void WithdrawDissolution(string reason, ChangeContext change)
    {
        var endedOn = EndedOn ?? throw new PartNotFoundException("Dissolution", Id.ToString());
        var endReason = EndReason;
        (EndedOn, EndReason) = (null, null);
        RecordChange(HistoryEntryKind.DissolutionWithdrawn,
            $"Dissolution of {endedOn:yyyy-MM-dd} ({endReason}) withdrawn; the collaboration goes on in {DomainTerms.Of(Phase)}{Because(reason)}", change);
    }

    /// <summary>The active participants that lack a positive decision of a kind their legal form needs to dissolve, by CBS code.</summary>
    public IReadOnlyList<string> MunicipalitiesWithoutDecisionsToDissolve() =>
        ActiveParticipants.Select(p => p.MunicipalityCode)
            .Where(code => DecisionRules.NeededToDissolve(LegalKind).Any(kind => !LatestIsPositive(code, kind)))
            .Order(StringComparer.Ordinal)
            .ToList();

    private bool LatestIsPositive(string municipalityCode, DecisionKind kind) =>
        decisions.Where(d => d.MunicipalityCode == municipalityCode && d.Kind == kind)
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).LastOrDefault()?.IsPositive == true;

    /// <summary>An ended collaboration is a closed record: only its dissolution can still be corrected.</summary>
    private void EnsureNotEnded()
    {
        if (EndedOn is { } endedOn)
        {
            throw Refusals.CollaborationEnded.Because(new Text(
                    $"The collaboration ended on {endedOn:yyyy-MM-dd}; it takes no changes but corrections of its dissolution.",
                    $"De samenwerking is beëindigd op {endedOn:yyyy-MM-dd}; ze neemt geen wijzigingen meer aan behalve correcties van haar opheffing."),
                new Dictionary<string, object?> { ["endedOn"] = endedOn });
        }
    }
}
