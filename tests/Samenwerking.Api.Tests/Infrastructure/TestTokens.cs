using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>Tokens as an identity provider would issue them, signed with the test key.</summary>
public static class TestTokens
{
    public const string ReadScope = "samenwerking.read";
    public const string WriteScope = "samenwerking.write";
    public const string AdminScope = "samenwerking.admin";
    public const string MunicipalityClaim = "gemeente";

    /// <summary>
    /// A token with <paramref name="scopes"/>; <paramref name="municipalityClaims"/> become one <c>gemeente</c>
    /// claim each, as written (a code, space-separated codes, or a JSON array).
    /// </summary>
    public static string Create(IEnumerable<string> scopes, string subject = "test-user", string name = "Test User",
        string issuer = ApiFactory.Issuer, string signingKey = ApiFactory.SigningKey, DateTime? expires = null,
        IEnumerable<string>? municipalityClaims = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = ApiFactory.Audience,
            Subject = new ClaimsIdentity([
                new Claim("sub", subject),
                new Claim("name", name),
                new Claim("scope", string.Join(' ', scopes)),
                .. (municipalityClaims ?? []).Select(value => new Claim(MunicipalityClaim, value)),
            ]),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
}
