using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Samenwerking.Api.Authentication;

/// <summary>
/// Where tokens come from: either an OpenID Connect <see cref="Authority"/> (production, keys by
/// discovery), or a fixed <see cref="Issuer"/> with a symmetric <see cref="SigningKey"/> (development
/// and tests, so a token can be minted without an identity provider).
/// </summary>
public sealed class AuthenticationSettings
{
    public const string SectionName = "Authentication";

    public string? Authority { get; set; }

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    public string? SigningKey { get; set; }

    /// <summary>The claim naming the municipalities (CBS codes) a user acts for; identity providers differ.</summary>
    public string MunicipalityClaim { get; set; } = DefaultMunicipalityClaim;

    public const string DefaultMunicipalityClaim = "gemeente";

    /// <summary>The claim with a person's display name, as the history names them.</summary>
    public string PersonNameClaim { get; set; } = DefaultPersonNameClaim;

    public const string DefaultPersonNameClaim = "name";

    /// <summary>
    /// The claims that may name the organisation a person works for, first present wins: how a delegate's changes are labelled
    /// ("Eva Jansen (Adviesbureau Noord), namens Zaanstad"). Without any, the organisation the delegation names is used.
    /// </summary>
    public string[] OrganisationClaims { get; set; } = [.. DefaultOrganisationClaims];

    public static readonly IReadOnlyList<string> DefaultOrganisationClaims = ["organisation", "organization", "kvk", "oin"];

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);

    public SymmetricSecurityKey CreateSigningKey() => new(Encoding.UTF8.GetBytes(SigningKey!));

    /// <summary>Everything that is missing or unsafe, so a misconfigured deployment fails at start-up, not at the first request.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Audience))
        {
            problems.Add($"{SectionName}:Audience is not set.");
        }

        if (string.IsNullOrWhiteSpace(MunicipalityClaim))
        {
            problems.Add($"{SectionName}:MunicipalityClaim is empty (default: {DefaultMunicipalityClaim}).");
        }

        if (string.IsNullOrWhiteSpace(PersonNameClaim))
        {
            problems.Add($"{SectionName}:PersonNameClaim is empty (default: {DefaultPersonNameClaim}).");
        }

        if (UsesAuthority)
        {
            return problems;
        }

        if (string.IsNullOrWhiteSpace(Issuer))
        {
            problems.Add($"{SectionName}:Issuer is not set (or set {SectionName}:Authority).");
        }

        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            problems.Add($"{SectionName}:SigningKey is not set (or set {SectionName}:Authority).");
        }
        else if (Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            problems.Add($"{SectionName}:SigningKey must be at least 32 bytes for HMAC-SHA256.");
        }

        return problems;
    }
}
