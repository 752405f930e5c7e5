using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Querying;

namespace Samenwerking.Application.Common.Paging;

/// <summary>
/// How a page learns its list's total in the statement that reads the page, so a page is one round trip. The total
/// counts the whole list, whatever page or cursor is asked for.
/// </summary>
public sealed class ListTotal
{
    private ListTotal(Expression<Func<int>> inStatement, Func<CancellationToken, Task<int>> separately)
    {
        InStatement = inStatement;
        Separately = separately;
    }

    /// <summary>The total as an expression of the page's own statement.</summary>
    internal Expression<Func<int>> InStatement { get; }

    /// <summary>The total on its own, for a page past the end, which has no row to carry it.</summary>
    internal Func<CancellationToken, Task<int>> Separately { get; }

    /// <summary>
    /// Counts <paramref name="rows"/> in a subquery that PostgreSQL runs once per statement. Pass the cheapest query
    /// with as many rows as the list (one an index answers alone, say) and the list before any keyset cursor.
    /// </summary>
    public static ListTotal Counting<TRow>(IQueryable<TRow> rows) => new(() => rows.Count(), rows.CountAsync);

    /// <summary>
    /// Adds up <paramref name="counts"/>, numbers a read model keeps (<see cref="ParticipationCount"/>), in a subquery
    /// PostgreSQL runs once per statement: a total that costs the same however long the list.
    /// </summary>
    public static ListTotal Summing(IQueryable<int> counts) => new(() => counts.Sum(), counts.SumAsync);

    /// <summary>
    /// Counts the rows the page's statement finds before its LIMIT (<see cref="QueryFunctions.RowsBeforeLimit"/>): one
    /// scan for the page and the total. Only for a list whose statement reads all its rows anyway (a search whose
    /// matches are sorted), never for one read in index order up to its LIMIT, and never after a keyset cursor.
    /// </summary>
    public static ListTotal OfRowsFound<TRow>(IQueryable<TRow> list) =>
        new(() => QueryFunctions.RowsBeforeLimit(), list.CountAsync);
}
