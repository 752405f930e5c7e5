namespace Samenwerking.Api.Authentication;

/// <summary>
/// Who may make a change, besides the write scope: the rule the handler enforces through the domain's
/// <c>Permissions</c>, declared on the endpoint so the OpenAPI document can say it and a test can check
/// every write endpoint against it. An administrator (<c>samenwerking.admin</c>) may always.
/// </summary>
public enum WhoMay
{
    /// <summary>A user acting for an active participant of the collaboration.</summary>
    ActiveParticipant,

    /// <summary>
    /// A user acting for an active participant, or a person under a delegation that covers this kind of change
    /// (<see cref="DelegableChangeMetadata"/>) today.
    /// </summary>
    ActiveParticipantOrDelegate,

    /// <summary>A user acting for one of the participants the request names (creating or registering).</summary>
    OneOfTheNamedParticipants,

    /// <summary>A user acting for the municipality the change is about (its decision, its uittreding).</summary>
    ThatMunicipality,

    /// <summary>Only an administrator.</summary>
    AdministratorsOnly,

    /// <summary>
    /// Any reader subscribes to what it may read anyway; only the subscription's owner (its token subject) sees or
    /// changes it, anyone else gets 404 as if it did not exist. Not about municipalities, so no 403 of the catalogue.
    /// </summary>
    TheSubscriber,
}

/// <summary>Endpoint metadata carrying <see cref="WhoMay"/>.</summary>
public sealed record PermissionMetadata(WhoMay Who);

/// <summary>Endpoint metadata: the kind of change a participating municipality may delegate that this operation makes.</summary>
public sealed record DelegableChangeMetadata(Domain.Delegations.DelegatedChange Change);

public static class PermissionEndpointExtensions
{
    /// <summary>Requires the write scope and declares who may make the change (which the handler enforces).</summary>
    public static RouteHandlerBuilder RequireWriteScope(this RouteHandlerBuilder endpoint, WhoMay who) =>
        endpoint.RequireWriteScope().WithMetadata(new PermissionMetadata(who));

    /// <summary>
    /// Requires the write scope and declares that an active participant, or a person it delegated <paramref name="change"/> to,
    /// may make the change (which the handler enforces through <c>LoadForDelegableChangeAsync</c> with the same kind).
    /// </summary>
    public static RouteHandlerBuilder RequireWriteScope(this RouteHandlerBuilder endpoint, Domain.Delegations.DelegatedChange change) =>
        endpoint.RequireWriteScope(WhoMay.ActiveParticipantOrDelegate).WithMetadata(new DelegableChangeMetadata(change));

    /// <summary>Requires the read scope and declares who may make the change, for changes to a reader's own resources.</summary>
    public static RouteHandlerBuilder RequireReadScope(this RouteHandlerBuilder endpoint, WhoMay who) =>
        endpoint.RequireReadScope().WithMetadata(new PermissionMetadata(who));
}
