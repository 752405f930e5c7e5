using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Delegations;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Authorization;

/// <summary>
/// Who may act under a delegation and who grants one. A person (a token with a subject but no municipality) may make a
/// change of a delegable kind to a collaboration when a delegation for them there covers that kind today and its
/// granting municipality still takes part; they then act for that municipality. A delegation is granted by an active
/// participant for itself (or by an administrator for one), and withdrawn by any active participant.
/// </summary>
public static class DelegatePermissions
{
    /// <summary>Whether this user can only be admitted as a delegate: no municipality and no administrator scope.</summary>
    public static bool IsPerson(ActingUser user) => !user.IsAdministrator && user.Municipalities.Count == 0;

    /// <summary>
    /// As <see cref="Permissions.ToChange"/>, and besides, for a person, a delegation in <paramref name="delegations"/> (theirs
    /// on this collaboration) that covers <paramref name="change"/> on <paramref name="today"/>. A person with no delegation
    /// here is refused as anyone who takes no part; with one that stands but does not cover the change, or that does not
    /// stand yet, <c>not-delegated-for-change</c>; with only delegations that stopped, <c>delegation-ended</c>.
    /// </summary>
    public static ActingCapacity ToChange(Collaboration collaboration, ActingUser user, DelegatedChange change,
        IReadOnlyCollection<Delegation> delegations, DateOnly today)
    {
        var theirs = delegations.Where(d => d.CollaborationId == collaboration.Id && d.DelegateSubject == user.Actor.Subject).ToList();
        if (!IsPerson(user) || theirs.Count == 0)
        {
            return Permissions.ToChange(collaboration, user);
        }

        var standing = theirs.Where(d => d.StandingOn(today, collaboration) == DelegationStanding.InForce).ToList();
        if (standing.FirstOrDefault(d => d.Covers(change)) is { } covering)
        {
            return new ActingCapacity(covering.GrantedBy) { Delegate = new DelegateAuthority(covering.Id, covering.Organisation) };
        }

        var notEnded = theirs.Where(d => d.StandingOn(today, collaboration) is DelegationStanding.InForce or DelegationStanding.NotYetInForce).ToList();
        if (notEnded.Count > 0)
        {
            var covered = standing.SelectMany(d => d.Changes).Distinct().Order().ToList();
            var term = DomainTermsOf(change);
            throw Refusals.NotDelegatedForChange.Because(new Text(
                    $"Your delegation for this collaboration does not cover {term} today (it covers: {Listed(covered, "nothing yet")}).",
                    $"Uw machtiging voor deze samenwerking dekt vandaag geen {term} (wel: {Listed(covered, "nog niets")})."),
                new Dictionary<string, object?> { ["collaborationId"] = collaboration.Id, ["requestedChange"] = change, ["delegatedChanges"] = covered });
        }

        var last = theirs.OrderByDescending(d => d.EndedOn(today, collaboration)).First();
        var endedOn = last.EndedOn(today, collaboration);
        var why = last.StandingOn(today, collaboration) switch
        {
            DelegationStanding.Withdrawn => new Text($"it was withdrawn on {endedOn:yyyy-MM-dd}", $"zij is ingetrokken op {endedOn:yyyy-MM-dd}"),
            DelegationStanding.GrantorLeft => new Text($"{last.GrantedBy}, which granted it, no longer takes part", $"{last.GrantedBy}, die haar verleende, neemt niet meer deel"),
            _ => new Text($"it ran until {endedOn:yyyy-MM-dd}", $"zij liep tot en met {endedOn:yyyy-MM-dd}"),
        };
        throw Refusals.DelegationEnded.Because(new Text(
                $"Your delegation for this collaboration has ended: {why.English}.",
                $"Uw machtiging voor deze samenwerking is beëindigd: {why.Dutch}."),
            new Dictionary<string, object?>
            {
                ["collaborationId"] = collaboration.Id, ["delegationId"] = last.Id, ["endedOn"] = endedOn, ["grantedBy"] = last.GrantedBy,
            });
    }

    /// <summary>
    /// Who grants: a user acting for an active participant, for that municipality (the one named, or else the first of
    /// theirs that takes part), or an administrator for the active participant they name.
    /// </summary>
    public static ActingCapacity ToGrant(Collaboration collaboration, ActingUser user, string? grantedBy)
    {
        var active = collaboration.ActiveParticipants.Select(p => p.MunicipalityCode).ToList();
        if (grantedBy is null)
        {
            var capacity = Permissions.ToChange(collaboration, user);
            return capacity.IsAdministrator
                ? throw Refusals.GrantingMunicipalityRequired.Because(new Text(
                        $"An administrator grants a delegation on behalf of an active participant; name it in grantedBy ({string.Join(", ", active)}).",
                        $"Een beheerder verleent een machtiging namens een actieve deelnemer; noem die in grantedBy ({string.Join(", ", active)})."),
                    new Dictionary<string, object?> { ["activeParticipants"] = active })
                : capacity;
        }

        if (active.Contains(grantedBy, StringComparer.Ordinal) && (user.ActsFor(grantedBy) || user.IsAdministrator))
        {
            return new ActingCapacity(grantedBy);
        }

        var needed = active.Contains(grantedBy, StringComparer.Ordinal) ? [grantedBy] : active;
        throw Refusals.NotAParticipatingMunicipality.Because(new Text(
                $"A delegation is granted by an active participant for itself ({string.Join(", ", needed)}); {Yours(user).English}.",
                $"Een machtiging wordt verleend door een actieve deelnemer voor zichzelf ({string.Join(", ", needed)}); {Yours(user).Dutch}."),
            new Dictionary<string, object?> { ["requiredMunicipalities"] = needed, ["yourMunicipalities"] = user.Municipalities });
    }

    private static string DomainTermsOf(DelegatedChange change) => change switch
    {
        DelegatedChange.Roles => "roles",
        DelegatedChange.DevelopmentAndLearning => "developmentAndLearning",
        DelegatedChange.Evaluations => "evaluations",
        DelegatedChange.DescriptionAndChoices => "descriptionAndChoices",
        _ => change.ToString(),
    };

    private static string Listed(IReadOnlyList<DelegatedChange> changes, string none) =>
        changes.Count == 0 ? none : string.Join(", ", changes.Select(DomainTermsOf));

    private static Text Yours(ActingUser user) => user.Municipalities.Count == 0
        ? new Text("your token names no municipality", "uw token noemt geen gemeente")
        : new Text($"your token acts for {string.Join(", ", user.Municipalities)}", $"uw token treedt op voor {string.Join(", ", user.Municipalities)}");
}
