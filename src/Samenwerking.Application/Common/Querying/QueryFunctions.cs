namespace Samenwerking.Application.Common.Querying;

/// <summary>
/// SQL that LINQ has no words for, in the manner of <c>EF.Functions</c>: Infrastructure's model translates each
/// method, so it only has meaning inside a query; called anywhere else it throws.
/// </summary>
public static class QueryFunctions
{
    /// <summary>
    /// <c>count(*) OVER ()</c>: in every row, the number of rows the statement found before its LIMIT and OFFSET. A
    /// page then carries its list's total out of the same scan that found it, where a separate count would scan again.
    /// </summary>
    public static int RowsBeforeLimit() =>
        throw new InvalidOperationException($"{nameof(RowsBeforeLimit)} is translated to SQL and can only be used in a query.");
}
