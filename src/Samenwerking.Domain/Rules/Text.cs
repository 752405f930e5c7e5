namespace Samenwerking.Domain.Rules;

/// <summary>
/// A message in the API's two languages. The domain has no notion of the request's culture, so it says
/// both and the edge picks one (<c>Accept-Language</c>).
/// </summary>
public sealed record Text(string English, string Dutch)
{
    /// <summary>Joins several texts with a space in each language.</summary>
    public static Text Join(IEnumerable<Text> parts)
    {
        var list = parts.ToList();
        return new Text(string.Join(" ", list.Select(p => p.English)), string.Join(" ", list.Select(p => p.Dutch)));
    }

    public override string ToString() => English;
}
