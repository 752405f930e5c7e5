using System.Linq.Expressions;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// The one order in which participants are listed everywhere (the collaboration, its participant list, the register):
/// by the date they joined and, on the same day, in the order they were added. Not by code: the contract promises the
/// order of joining, and two municipalities that join on one day joined one after the other.
/// </summary>
public static class JoiningOrder
{
    /// <summary>First key, for queries that order a nested collection (EF inlines the expression).</summary>
    public static readonly Expression<Func<Participant, DateOnly>> ByDate = p => p.JoinedOn;

    /// <summary>Second key: the order added, for participants that joined on the same day.</summary>
    public static readonly Expression<Func<Participant, int>> ThenByAdded = p => p.Ordinal;

    private static readonly Func<Participant, DateOnly> ByDateCompiled = ByDate.Compile();

    private static readonly Func<Participant, int> ThenByAddedCompiled = ThenByAdded.Compile();

    public static IOrderedQueryable<Participant> InJoiningOrder(this IQueryable<Participant> participants) =>
        participants.OrderBy(ByDate).ThenBy(ThenByAdded);

    public static IOrderedEnumerable<Participant> InJoiningOrder(this IEnumerable<Participant> participants) =>
        participants.OrderBy(ByDateCompiled).ThenBy(ThenByAddedCompiled);
}
