using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Samenwerking.Application.Common.Querying;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>The SQL of <see cref="QueryFunctions"/>, which the Application writes queries with but cannot translate.</summary>
internal static class QueryFunctionTranslations
{
    private static readonly IntTypeMapping Integer = new("integer");

    public static ModelBuilder HasQueryFunctions(this ModelBuilder modelBuilder)
    {
        // EF has no window functions; a fragment is the one way to write one. It counts in bigint, read as int.
        modelBuilder.HasDbFunction(typeof(QueryFunctions).GetMethod(nameof(QueryFunctions.RowsBeforeLimit))!)
            .HasTranslation(_ => new SqlFragmentExpression("(count(*) OVER ())::int", typeof(int), Integer));
        return modelBuilder;
    }
}
