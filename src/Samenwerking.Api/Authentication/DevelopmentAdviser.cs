namespace Samenwerking.Api.Authentication;

/// <summary>
/// The person a development token is minted for with <c>--adviser sub=…,name=…,organisation=…</c>: a token with a subject
/// and no municipality, which acts only under the delegations granted to that subject.
/// </summary>
public sealed record DevelopmentAdviser(string Subject, string Name, string? Organisation)
{
    /// <summary>Reads <c>sub=adviseur-1,name=Eva Jansen,organisation=Adviesbureau Noord</c>; <c>sub</c> is required.</summary>
    public static DevelopmentAdviser Parse(string value)
    {
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(pair => pair[0].ToLowerInvariant(), pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal);
        var unknown = parts.Keys.Except(["sub", "name", "organisation"]).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"--adviser knows sub, name and organisation, not {string.Join(", ", unknown)}.", nameof(value));
        }

        if (!parts.TryGetValue("sub", out var subject) || string.IsNullOrWhiteSpace(subject))
        {
            throw new ArgumentException("--adviser needs sub=<the token subject the delegation names>.", nameof(value));
        }

        return new DevelopmentAdviser(subject, parts.GetValueOrDefault("name") is { Length: > 0 } name ? name : "Local Adviser",
            parts.GetValueOrDefault("organisation") is { Length: > 0 } organisation ? organisation : null);
    }
}
