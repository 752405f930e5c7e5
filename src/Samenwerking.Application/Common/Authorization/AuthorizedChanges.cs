using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Common.Authorization;

/// <summary>
/// Loads the collaboration for a change and asks the domain's <see cref="Permissions"/> whether this user
/// may make it, before anything else is checked: a user who may not change it learns that first. The
/// change is recorded as made by "name (municipality)", or "name (administrator)".
/// </summary>
public static class AuthorizedChanges
{
    /// <summary>For changes that any active participant may make.</summary>
    public static async Task<(Collaboration Collaboration, ChangeContext Change)> LoadForParticipantChangeAsync(
        this IApplicationDbContext db, Guid id, VersionCondition? expectedVersion, bool versionRequired, ICurrentActor actor, IClock clock,
        CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadCollaborationAsync(id, cancellationToken);
        var capacity = Permissions.ToChange(collaboration, actor.AsActingUser());
        collaboration.EnsureVersion(expectedVersion, versionRequired);
        return (collaboration, await db.ChangeInCapacityAsync(capacity, actor, clock, cancellationToken));
    }

    /// <summary>For what only <paramref name="municipalityCode"/> itself records: its decisions, its uittreding.</summary>
    public static async Task<(Collaboration Collaboration, ChangeContext Change)> LoadForMunicipalityChangeAsync(
        this IApplicationDbContext db, Guid id, string municipalityCode, VersionCondition? expectedVersion, ICurrentActor actor, IClock clock,
        CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadCollaborationAsync(id, cancellationToken);
        var capacity = Permissions.ToActFor(municipalityCode, actor.AsActingUser());
        collaboration.EnsureVersion(expectedVersion, versionRequired: false);
        return (collaboration, await db.ChangeInCapacityAsync(capacity, actor, clock, cancellationToken));
    }

    /// <summary>
    /// For corrections of a decision, which only its own municipality records: the decision says which one, so it is
    /// looked up first (404 when the collaboration has no such decision).
    /// </summary>
    public static async Task<(Collaboration Collaboration, ChangeContext Change)> LoadForDecisionChangeAsync(
        this IApplicationDbContext db, Guid id, Guid decisionId, VersionCondition? expectedVersion, ICurrentActor actor, IClock clock,
        CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadCollaborationAsync(id, cancellationToken);
        var decision = collaboration.Decisions.FirstOrDefault(d => d.Id == decisionId)
                       ?? throw new PartNotFoundException("Decision", decisionId.ToString());
        var capacity = Permissions.ToActFor(decision.MunicipalityCode, actor.AsActingUser());
        collaboration.EnsureVersion(expectedVersion, versionRequired: true);
        return (collaboration, await db.ChangeInCapacityAsync(capacity, actor, clock, cancellationToken));
    }

    /// <summary>Creating or registering: the user's municipality must be among <paramref name="participantCodes"/>.</summary>
    public static Task<ChangeContext> ChangeAsFounderAsync(this IApplicationDbContext db, IReadOnlyCollection<string> participantCodes,
        ICurrentActor actor, IClock clock, CancellationToken cancellationToken) =>
        db.ChangeInCapacityAsync(Permissions.ToCreate(participantCodes, actor.AsActingUser()), actor, clock, cancellationToken);

    /// <summary>For what only administrators do, such as defining evaluation frameworks.</summary>
    public static ChangeContext ChangeAsAdministrator(this IClock clock, ICurrentActor actor)
    {
        Permissions.ToAdminister(actor.AsActingUser());
        return clock.ChangeBy(actor) with { Actor = Labelled(actor.Actor, AdministratorLabel) };
    }

    private const string AdministratorLabel = "administrator";

    internal static async Task<ChangeContext> ChangeInCapacityAsync(this IApplicationDbContext db, ActingCapacity capacity,
        ICurrentActor actor, IClock clock, CancellationToken cancellationToken)
    {
        var change = clock.ChangeBy(actor);
        var label = capacity.MunicipalityCode is { } code ? await db.MunicipalityNameAsync(code, change.Today, cancellationToken) : AdministratorLabel;
        if (capacity.Delegate is { } authority)
        {
            // "Eva Jansen (Adviesbureau Noord), namens Zaanstad": who acted, and on whose authority.
            var organisation = string.IsNullOrWhiteSpace(actor.Organisation) ? authority.Organisation : actor.Organisation;
            return change with
            {
                Actor = Suffixed(change.Actor, $" ({organisation}), namens {label}") with
                {
                    DelegationId = authority.DelegationId, OnBehalfOf = capacity.MunicipalityCode,
                },
            };
        }

        return change with { Actor = Labelled(change.Actor, label) };
    }

    private static async Task<string> MunicipalityNameAsync(this IApplicationDbContext db, string code, DateOnly today,
        CancellationToken cancellationToken) =>
        (await db.NamesAsync(cancellationToken))(code, today);

    /// <summary>"Jan de Vries (Zaanstad)": the name is shortened, never the capacity, to fit the stored length.</summary>
    private static Actor Labelled(Actor actor, string label) => Suffixed(actor, $" ({label})");

    private static Actor Suffixed(Actor actor, string suffix)
    {
        var name = actor.Name.Length + suffix.Length > Actor.MaxLength
            ? actor.Name[..Math.Max(0, Actor.MaxLength - suffix.Length)]
            : actor.Name;
        return actor with { Name = (name + suffix)[..Math.Min(Actor.MaxLength, name.Length + suffix.Length)] };
    }
}
