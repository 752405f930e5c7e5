using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Api.Authentication;

/// <summary>
/// Mints a token with the configured development key, so <c>build/run.sh</c> can hand a newcomer a
/// working token: by default an administrator's that may do everything (so the demo and Swagger work), or
/// for one municipality a municipal user's, or an adviser's who acts only under delegations. Refused when an authority is configured: then tokens come from that provider.
/// </summary>
public static class DevelopmentToken
{
    public static string Create(AuthenticationSettings settings, TimeSpan lifetime, string? municipalityCode = null)
    {
        if (settings.UsesAuthority)
        {
            throw new InvalidOperationException("Tokens come from the configured authority; no development token can be minted.");
        }

        if (municipalityCode is not null && !MunicipalityCode.IsValid(municipalityCode))
        {
            throw new ArgumentException($"'{municipalityCode}' is not a CBS municipality code (GM followed by four digits).", nameof(municipalityCode));
        }

        Claim[] claims = municipalityCode is null
            ?
            [
                new Claim("sub", "developer"),
                new Claim("name", "Local Developer"),
                new Claim("scope", $"{Scopes.Read} {Scopes.Write} {Scopes.Admin}"),
            ]
            :
            [
                new Claim("sub", $"developer-{municipalityCode}"),
                new Claim("name", "Local Developer"),
                new Claim("scope", $"{Scopes.Read} {Scopes.Write}"),
                new Claim(settings.MunicipalityClaim, municipalityCode),
            ];

        return Sign(settings, lifetime, claims);
    }

    /// <summary>
    /// An adviser's token: read and write scopes, a subject, a name and (in the first configured organisation claim) an
    /// organisation, but no municipality, so it changes only what delegations to that subject cover.
    /// </summary>
    public static string Create(AuthenticationSettings settings, TimeSpan lifetime, DevelopmentAdviser adviser)
    {
        if (settings.UsesAuthority)
        {
            throw new InvalidOperationException("Tokens come from the configured authority; no development token can be minted.");
        }

        Claim[] claims =
        [
            new Claim("sub", adviser.Subject),
            new Claim(settings.PersonNameClaim, adviser.Name),
            new Claim("scope", $"{Scopes.Read} {Scopes.Write}"),
            .. adviser.Organisation is { } organisation && settings.OrganisationClaims.FirstOrDefault() is { } claim
                ? [new Claim(claim, organisation)]
                : Array.Empty<Claim>(),
        ];
        return Sign(settings, lifetime, claims);
    }

    private static string Sign(AuthenticationSettings settings, TimeSpan lifetime, Claim[] claims)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(settings.CreateSigningKey(), SecurityAlgorithms.HmacSha256),
        });
    }
}
