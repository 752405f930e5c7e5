using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Samenwerking.Api.Authentication;

/// <summary>
/// Mints a token with the configured development key, so <c>build/run.sh</c> can hand a newcomer a
/// working token. Refused when an authority is configured: then tokens come from that provider.
/// </summary>
public static class DevelopmentToken
{
    public static string Create(AuthenticationSettings settings, TimeSpan lifetime)
    {
        if (settings.UsesAuthority)
        {
            throw new InvalidOperationException("Tokens come from the configured authority; no development token can be minted.");
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity([
                new Claim("sub", "developer"),
                new Claim("name", "Local Developer"),
                new Claim("scope", $"{Scopes.Read} {Scopes.Write}"),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(settings.CreateSigningKey(), SecurityAlgorithms.HmacSha256),
        });
    }
}
