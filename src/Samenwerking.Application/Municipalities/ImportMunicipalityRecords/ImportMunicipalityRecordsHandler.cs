using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Herindelingen;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Municipalities.ImportMunicipalityRecords;

/// <summary>
/// Extends the reference data without a release, as the shipped file is loaded at start-up: records are matched on code
/// and start date, new ones added, changed ones updated, none deleted (participants point at them). A successor must
/// exist on the day it succeeds. Every instance forgets its cached records once they are saved.
/// </summary>
public sealed class ImportMunicipalityRecordsHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor, IMunicipalityRecordsChanged changed)
    : ICommandHandler<ImportMunicipalityRecordsCommand, MunicipalityRecordsImportReportDto>
{
    public async ValueTask<MunicipalityRecordsImportReportDto> Handle(ImportMunicipalityRecordsCommand command, CancellationToken cancellationToken)
    {
        clock.ChangeAsAdministrator(actor);
        var stored = await db.Municipalities.ToDictionaryAsync(m => (m.Code, m.ValidFrom), cancellationToken);
        var (added, updated) = (0, 0);
        foreach (var input in command.Records)
        {
            var record = new Municipality(input.Code, input.Name.Trim(), input.ProvinceCode, input.ProvinceName.Trim(), input.ValidFrom, input.ValidTo,
                input.SuccessorCode);
            if (!stored.TryGetValue((record.Code, record.ValidFrom), out var existing))
            {
                db.Municipalities.Add(record);
                stored[(record.Code, record.ValidFrom)] = record;
                added++;
            }
            else if (existing.UpdateFrom(record))
            {
                updated++;
            }
        }

        var all = stored.Values.ToLookup(m => m.Code, StringComparer.Ordinal);
        foreach (var ended in command.Records.Where(r => r.SuccessorCode is not null))
        {
            Herindeling.EnsureInForce(ended.SuccessorCode!, ended.ValidTo!.Value, all);
        }

        if (added + updated > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await changed.AnnounceAsync(cancellationToken);
        }

        return new MunicipalityRecordsImportReportDto(added, updated, command.Records.Count - added - updated);
    }
}
