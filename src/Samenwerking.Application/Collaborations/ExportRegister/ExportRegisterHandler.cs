using System.Runtime.CompilerServices;
using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Collaborations.ExportRegister;

/// <summary>
/// Streams the register from the read side: rows are read and written one at a time, so memory stays flat whatever the
/// number of rows. An unknown municipality is a 404 before the first row, not an empty file.
/// </summary>
public sealed class ExportRegisterHandler(IReadSideDbContext db, IRegisterExportReader register)
    : IStreamQueryHandler<ExportRegisterQuery, RegisterRow>
{
    public async IAsyncEnumerable<RegisterRow> Handle(ExportRegisterQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (query.MunicipalityCode is { } code)
        {
            await db.EnsureMunicipalityExistsAsync(code, cancellationToken);
        }

        await foreach (var row in register.ReadAsync(query, cancellationToken))
        {
            yield return row;
        }
    }
}
