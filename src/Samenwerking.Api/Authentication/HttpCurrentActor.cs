using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Common;

namespace Samenwerking.Api.Authentication;

/// <summary>
/// The token's subject and display name, recorded with every change the request makes, and what the token
/// says the user may act for: municipalities (the configured claim) and the administrator scope.
/// </summary>
public sealed class HttpCurrentActor(IHttpContextAccessor httpContextAccessor, AuthenticationSettings settings) : ICurrentActor
{
    public Actor Actor
    {
        get
        {
            var user = httpContextAccessor.HttpContext?.User;
            var subject = user?.FindFirst("sub")?.Value;
            if (string.IsNullOrWhiteSpace(subject))
            {
                return Actor.System;
            }

            var name = user!.FindFirst(settings.PersonNameClaim)?.Value ?? user.FindFirst("preferred_username")?.Value ?? subject;
            return new Actor(Truncate(subject), Truncate(name));
        }
    }

    public IReadOnlyList<string> Municipalities =>
        httpContextAccessor.HttpContext?.User is { } user ? MunicipalityClaims.Read(user, settings.MunicipalityClaim) : [];

    public bool IsAdministrator =>
        httpContextAccessor.HttpContext?.User is { } user && Scopes.Has(user, Scopes.Admin);

    public string? Organisation =>
        httpContextAccessor.HttpContext?.User is { } user
            ? settings.OrganisationClaims.Select(claim => user.FindFirst(claim)?.Value).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim()
            : null;

    private static string Truncate(string value) => value.Length > Actor.MaxLength ? value[..Actor.MaxLength] : value;
}
