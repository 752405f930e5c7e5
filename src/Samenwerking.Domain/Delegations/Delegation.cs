using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Events;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Delegations;

/// <summary>
/// A participating municipality lets a person (an adviser, a projectleider of a bureau) make some kinds of change to
/// one collaboration, from one day until another. Its own aggregate beside the collaboration: granting or withdrawing
/// it changes who may act, not the collaboration, so it neither moves the collaboration's version nor waits for it.
/// It stops when it expires, when a participating municipality withdraws it, or when its granting municipality no
/// longer takes part; that last one is read from the collaboration at each use, so it needs no write of its own.
/// </summary>
public sealed class Delegation : Entity
{
    public const int MaxTextLength = 200;
    public const int MaxReasonLength = 1000;

    private List<DelegatedChange> changes = [];

    private Delegation()
    {
        DelegateSubject = "";
        DelegateName = "";
        Organisation = "";
        GrantedBy = "";
        GrantedByActor = "";
    }

    public Guid Id { get; private set; }

    public Guid CollaborationId { get; private set; }

    /// <summary>The token subject (<c>sub</c>) of the person who may act.</summary>
    public string DelegateSubject { get; private set; }

    public string DelegateName { get; private set; }

    public string Organisation { get; private set; }

    /// <summary>The municipality (CBS code) on whose authority the delegate acts.</summary>
    public string GrantedBy { get; private set; }

    public IReadOnlyList<DelegatedChange> Changes => changes;

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day on which the delegate may act.</summary>
    public DateOnly ValidUntil { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>Who granted it, as the history names people ("Jan de Vries (Zaanstad)").</summary>
    public string GrantedByActor { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>The Dutch calendar day of the withdrawal: the delegation's last day.</summary>
    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawnBy { get; private set; }

    public string? WithdrawalReason { get; private set; }

    /// <summary>The row version (PostgreSQL's <c>xmin</c>): the ETag.</summary>
    public uint Version { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    /// <summary>
    /// Grants a delegation on behalf of <paramref name="grantedBy"/>, which the caller has checked to be an active participant
    /// the user may act for. An ended collaboration is changed by nobody, so nobody is given the right to change it either.
    /// </summary>
    public static Delegation Grant(Collaboration collaboration, string grantedBy, DelegationFacts facts, ChangeContext change)
    {
        if (collaboration.IsEnded)
        {
            throw Refusals.CollaborationEnded.Because(new Text(
                    $"The collaboration ended on {collaboration.EndedOn:yyyy-MM-dd}; nobody is given rights to change it.",
                    $"De samenwerking is beëindigd op {collaboration.EndedOn:yyyy-MM-dd}; niemand krijgt nog rechten om haar te wijzigen."),
                new Dictionary<string, object?> { ["endedOn"] = collaboration.EndedOn });
        }

        if (facts.ValidUntil <= facts.ValidFrom)
        {
            throw new ArgumentException("A delegation ends after the day it starts.", nameof(facts));
        }

        if (facts.Changes.Count == 0)
        {
            throw new ArgumentException("A delegation covers at least one kind of change.", nameof(facts));
        }

        var delegation = new Delegation
        {
            Id = Guid.CreateVersion7(),
            CollaborationId = collaboration.Id,
            DelegateSubject = facts.DelegateSubject,
            DelegateName = facts.DelegateName,
            Organisation = facts.Organisation,
            GrantedBy = grantedBy,
            changes = [.. facts.Changes.Distinct().Order()],
            ValidFrom = facts.ValidFrom,
            ValidUntil = facts.ValidUntil,
            GrantedAt = change.Now,
            GrantedByActor = change.Actor.Name,
        };
        delegation.AddDomainEvent(new DelegationChanged(delegation.Id, collaboration.Id, Granted: true, grantedBy, delegation.Changes,
            ParticipantCodes(collaboration), change.Actor, change.Now));
        return delegation;
    }

    /// <summary>
    /// Any participating municipality withdraws it, from this moment; the reason is kept. Withdrawing it again changes nothing:
    /// the first withdrawal stands.
    /// </summary>
    public void Withdraw(Collaboration collaboration, string reason, ChangeContext change)
    {
        if (IsWithdrawn)
        {
            return;
        }

        WithdrawnAt = change.Now;
        WithdrawnOn = change.Today;
        WithdrawnBy = change.Actor.Name;
        WithdrawalReason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        AddDomainEvent(new DelegationChanged(Id, CollaborationId, Granted: false, GrantedBy, Changes, ParticipantCodes(collaboration), change.Actor,
            change.Now));
    }

    public bool Covers(DelegatedChange change) => changes.Contains(change);

    /// <summary>Where it stands on <paramref name="today"/> in <paramref name="collaboration"/> as it is now.</summary>
    public DelegationStanding StandingOn(DateOnly today, Collaboration collaboration) =>
        StandingOn(today, collaboration.ActiveParticipants.Any(p => p.MunicipalityCode == GrantedBy));

    /// <summary>Where it stands on <paramref name="today"/>, given whether its granting municipality still takes part.</summary>
    public DelegationStanding StandingOn(DateOnly today, bool grantorTakesPart) =>
        StandingOf(IsWithdrawn, grantorTakesPart, ValidFrom, ValidUntil, today);

    /// <summary>The same rule for reads that have the stored values and no aggregate (a list's row).</summary>
    public static DelegationStanding StandingOf(bool withdrawn, bool grantorTakesPart, DateOnly validFrom, DateOnly validUntil, DateOnly today) =>
        withdrawn ? DelegationStanding.Withdrawn
        : !grantorTakesPart ? DelegationStanding.GrantorLeft
        : today > validUntil ? DelegationStanding.Expired
        : today < validFrom ? DelegationStanding.NotYetInForce
        : DelegationStanding.InForce;

    /// <summary>
    /// The day it stopped, for a delegation that no longer stands: the withdrawal's day, the day its granting municipality
    /// left (or <paramref name="today"/> when it was removed without a date), or its last day.
    /// </summary>
    public DateOnly EndedOn(DateOnly today, Collaboration collaboration) => StandingOn(today, collaboration) switch
    {
        DelegationStanding.Withdrawn => WithdrawnOn!.Value,
        DelegationStanding.GrantorLeft => collaboration.Participants.Where(p => p.MunicipalityCode == GrantedBy).Select(p => p.LeftOn).Max() is { } left
            ? left
            : today,
        _ => ValidUntil,
    };

    private static IReadOnlyList<string> ParticipantCodes(Collaboration collaboration) =>
        [.. collaboration.Participants.Select(p => p.MunicipalityCode).Distinct().Order(StringComparer.Ordinal)];
}
