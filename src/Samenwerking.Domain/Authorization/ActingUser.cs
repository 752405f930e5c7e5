using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Authorization;

/// <summary>
/// Who asks for a change and on whose behalf: the person, the municipalities (CBS codes) their token says
/// they act for, and whether they are a functional administrator (<c>samenwerking.admin</c>).
/// </summary>
public sealed record ActingUser(Actor Actor, IReadOnlyList<string> Municipalities, bool IsAdministrator)
{
    public bool ActsFor(string municipalityCode) => Municipalities.Contains(municipalityCode, StringComparer.Ordinal);
}
