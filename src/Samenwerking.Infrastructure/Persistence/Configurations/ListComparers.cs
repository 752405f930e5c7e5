using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

/// <summary>
/// Comparers for array columns whose snapshot is a plain copy. EF's own comparers for primitive collections hand the
/// element comparer to the snapshot as a nested lambda, and a compiled expression builds a delegate for a nested lambda
/// every time it runs (<c>DynamicMethod.CreateDelegate</c>, under a lock): twice per tracked row, on every create.
/// </summary>
internal static class ListComparers
{
    public static ValueComparer<IReadOnlyList<T>> ReadOnlyListOf<T>() => new(
        (left, right) => left == null ? right == null : right != null && left.SequenceEqual(right),
        list => HashOf(list),
        list => list.ToList());

    public static readonly ValueComparer<string[]> StringArray = new(
        (left, right) => left == null ? right == null : right != null && left.SequenceEqual(right),
        array => HashOf(array),
        array => array.ToArray());

    private static int HashOf<T>(IEnumerable<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
