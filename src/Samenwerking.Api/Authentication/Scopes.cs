using System.Security.Claims;

namespace Samenwerking.Api.Authentication;

/// <summary>The OAuth 2.0 scopes of this API and the authorization policies that require them.</summary>
public static class Scopes
{
    public const string Read = "samenwerking.read";
    public const string Write = "samenwerking.write";

    /// <summary>A functional administrator (of a regional or national register): may change every collaboration and the evaluation frameworks.</summary>
    public const string Admin = "samenwerking.admin";

    public const string ReadPolicy = "read";
    public const string WritePolicy = "write";

    /// <summary>Scopes arrive space-separated in <c>scope</c> (RFC 8693) or, from some providers, in <c>scp</c>.</summary>
    public static bool Has(ClaimsPrincipal user, string scope) =>
        user.FindAll(c => c.Type is "scope" or "scp")
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
