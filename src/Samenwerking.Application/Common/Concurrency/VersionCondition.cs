namespace Samenwerking.Application.Common.Concurrency;

/// <summary>
/// Which versions of a resource a change may be applied to (what a client's <c>If-Match</c> says):
/// any existing version, or one of a list. An empty list is a condition nothing meets, as a header that
/// names no usable version must fail (412) rather than be ignored.
/// </summary>
public sealed class VersionCondition
{
    private readonly IReadOnlySet<uint> versions;

    private VersionCondition(bool any, IReadOnlySet<uint> versions)
    {
        IsAny = any;
        this.versions = versions;
    }

    /// <summary>Met by every existing version (<c>If-Match: *</c>).</summary>
    public static VersionCondition Any { get; } = new(true, new HashSet<uint>());

    public static VersionCondition OneOf(IEnumerable<uint> versions) => new(false, versions.ToHashSet());

    public bool IsAny { get; }

    public bool IsMetBy(uint currentVersion) => IsAny || versions.Contains(currentVersion);
}
