using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Municipalities;

public static class MunicipalityExistence
{
    /// <summary>
    /// For reads of what a municipality takes part in: an unknown code is a 404, not an empty list or file. Answered from
    /// the reference data in memory, without a query.
    /// </summary>
    public static async Task EnsureMunicipalityExistsAsync(this IReadSideDbContext db, string code, CancellationToken cancellationToken)
    {
        if (!(await db.MunicipalityRecordsAsync(cancellationToken)).Contains(code))
        {
            throw new NotFoundException("Municipality", code);
        }
    }
}
