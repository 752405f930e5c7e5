using Samenwerking.Domain.Common;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Municipalities;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    public bool HasParticipated(string municipalityCode) => participants.Any(p => p.MunicipalityCode == municipalityCode);

    public bool IsActiveParticipant(string municipalityCode) => ActiveParticipants.Any(p => p.MunicipalityCode == municipalityCode);

    /// <summary>A municipality joins: it must be in force on the join date and not already take part.</summary>
    public Participant Join(Joining joining, ChangeContext change)
    {
        EnsureNotEnded();
        var participant = AddParticipant(joining);
        RecordChange(HistoryEntryKind.ParticipantJoined,
            $"{joining.Municipality.Code} ({joining.Municipality.Name}) joined on {joining.JoinedOn:yyyy-MM-dd} as {DomainTerms.Of(joining.Role)}.", change,
            joining.Municipality.Code);
        return participant;
    }

    /// <summary>
    /// While exploring, a municipality that will not take part is simply removed. From voorbereiding on,
    /// taking part has consequences and leaving is recorded as an uittreding instead.
    /// </summary>
    public void Remove(string municipalityCode, ChangeContext change)
    {
        EnsureNotEnded();
        var participant = ActiveParticipants.FirstOrDefault(p => p.MunicipalityCode == municipalityCode)
                          ?? throw new PartNotFoundException("Active participant", municipalityCode);
        if (Phase != Phase.Verkenning)
        {
            throw Refusals.ParticipantRemovalNotAllowed.Because(new Text(
                    $"The collaboration is in {DomainTerms.Of(Phase)}; record the departure of {municipalityCode} as a withdrawal (uittreding) instead.",
                    $"De samenwerking is in {DomainTerms.Of(Phase)}; leg het vertrek van {municipalityCode} vast als uittreding."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        if (ActiveParticipants.Count() == 1)
        {
            throw Refusals.LastParticipant.Because(new Text(
                $"{municipalityCode} is the only participant; delete the collaboration instead.",
                $"{municipalityCode} is de enige deelnemer; verwijder in plaats daarvan de samenwerking."));
        }

        participants.Remove(participant);
        CountActiveParticipants();
        RecordChange(HistoryEntryKind.ParticipantRemoved, $"{municipalityCode} removed as participant during verkenning.", change,
            municipalityCode);
    }

    /// <summary>Uittreding: the participant leaves on a date, for a reason, and stays in the history.</summary>
    public Participant Withdraw(string municipalityCode, DateOnly leftOn, string reason, ChangeContext change)
    {
        EnsureNotEnded();
        var participant = participants.Where(p => p.MunicipalityCode == municipalityCode).MaxBy(p => p.JoinedOn)
                          ?? throw new PartNotFoundException("Participant", municipalityCode);
        if (Phase == Phase.Verkenning)
        {
            throw Refusals.WithdrawalNotApplicable.Because(new Text(
                    $"The collaboration is still in verkenning; remove {municipalityCode} as a participant instead.",
                    $"De samenwerking is nog in verkenning; verwijder {municipalityCode} in plaats daarvan als deelnemer."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        if (!participant.IsActive)
        {
            throw Refusals.ParticipantAlreadyLeft.Because(new Text(
                $"{municipalityCode} already left on {participant.LeftOn:yyyy-MM-dd}.",
                $"{municipalityCode} is al uitgetreden op {participant.LeftOn:yyyy-MM-dd}."));
        }

        if (leftOn < participant.JoinedOn)
        {
            throw Refusals.WithdrawalBeforeJoining.Because(new Text(
                $"{municipalityCode} joined on {participant.JoinedOn:yyyy-MM-dd} and cannot leave before that ({leftOn:yyyy-MM-dd}).",
                $"{municipalityCode} is toegetreden op {participant.JoinedOn:yyyy-MM-dd} en kan niet eerder uittreden ({leftOn:yyyy-MM-dd})."));
        }

        if (IsOperating && ActiveParticipantCount <= 2)
        {
            throw Refusals.WithdrawalLeavesOneParticipant.Because(new Text(
                    $"The collaboration is in {DomainTerms.Of(Phase)}; without {municipalityCode} one municipality would be left. Dissolve the collaboration instead.",
                    $"De samenwerking is in {DomainTerms.Of(Phase)}; zonder {municipalityCode} blijft één gemeente over. Hef de samenwerking in plaats daarvan op."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        participant.Withdraw(leftOn, reason);
        CountActiveParticipants();
        RecordChange(HistoryEntryKind.ParticipantWithdrew, $"{municipalityCode} left (uittreding) on {leftOn:yyyy-MM-dd}: {reason}", change,
            municipalityCode);
        return participant;
    }

    private Participant AddParticipant(Joining joining)
    {
        var (municipality, joinedOn, role) = joining;
        if (!municipality.IsInForceOn(joinedOn))
        {
            throw Refusals.MunicipalityNotInForce.Because(new Text(
                    $"{municipality.Code} ({municipality.Name}) {DescribeValidity(municipality)}, so it cannot join on {joinedOn:yyyy-MM-dd}.",
                    $"{municipality.Code} ({municipality.Name}) {DescribeValidityInDutch(municipality)}, en kan dus niet toetreden op {joinedOn:yyyy-MM-dd}."),
                new Dictionary<string, object?> { ["municipalityCode"] = municipality.Code, ["joinedOn"] = joinedOn });
        }

        if (ActiveParticipants.FirstOrDefault(p => p.MunicipalityCode == municipality.Code) is { } existing)
        {
            throw Refusals.DuplicateParticipant.Because(new Text(
                    $"{municipality.Code} ({municipality.Name}) already takes part since {existing.JoinedOn:yyyy-MM-dd}.",
                    $"{municipality.Code} ({municipality.Name}) neemt al deel sinds {existing.JoinedOn:yyyy-MM-dd}."),
                new Dictionary<string, object?> { ["municipalityCode"] = municipality.Code });
        }

        if (role == ParticipantRole.Centrumgemeente && ActiveParticipants.FirstOrDefault(p => p.Role == ParticipantRole.Centrumgemeente) is { } centre)
        {
            throw Refusals.CentrumgemeenteAlreadyAssigned.Because(new Text(
                    $"{centre.MunicipalityCode} is the centrumgemeente; a collaboration has one at a time.",
                    $"{centre.MunicipalityCode} is de centrumgemeente; een samenwerking heeft er één tegelijk."),
                new Dictionary<string, object?> { ["municipalityCode"] = centre.MunicipalityCode });
        }

        // Numbered by the aggregate, whose version check lets only one of two concurrent additions save.
        var participant = new Participant(municipality.Code, joinedOn, role, participants.Select(p => p.Ordinal).DefaultIfEmpty(0).Max() + 1);
        participants.Add(participant);
        CountActiveParticipants();
        return participant;
    }

    private void CountActiveParticipants() => ActiveParticipantCount = ActiveParticipants.Count();

    private static string DescribeValidity(Municipality municipality) => municipality.ValidTo is { } end
        ? $"exists from {municipality.ValidFrom:yyyy-MM-dd} until {end.AddDays(-1):yyyy-MM-dd}"
        : $"exists from {municipality.ValidFrom:yyyy-MM-dd}";

    private static string DescribeValidityInDutch(Municipality municipality) => municipality.ValidTo is { } end
        ? $"bestaat van {municipality.ValidFrom:yyyy-MM-dd} tot en met {end.AddDays(-1):yyyy-MM-dd}"
        : $"bestaat vanaf {municipality.ValidFrom:yyyy-MM-dd}";
}
