using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ExportRegister;

/// <summary>
/// Streams the register straight from one SQL query (a projection, no aggregates), so memory stays flat
/// whatever the number of rows. Municipality names come from the reference data, read once.
/// </summary>
public sealed class ExportRegisterHandler(IApplicationDbContext db) : IStreamQueryHandler<ExportRegisterQuery, RegisterRow>
{
    public async IAsyncEnumerable<RegisterRow> Handle(ExportRegisterQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var code = query.MunicipalityCode;
        if (code is not null && !await db.Municipalities.AnyAsync(m => m.Code == code, cancellationToken))
        {
            throw new NotFoundException("Municipality", code);
        }

        // About 1,000 records: the name each code has now (or had last, for a merged municipality).
        var names = (await db.Municipalities.AsNoTracking().Select(m => new { m.Code, m.Name, m.ValidFrom }).ToListAsync(cancellationToken))
            .GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.MaxBy(m => m.ValidFrom)!.Name);

        var collaborations = db.Collaborations.AsNoTracking();
        if (code is not null)
        {
            collaborations = collaborations.Where(c => c.Participants.Any(p => p.MunicipalityCode == code && (query.IncludeFormer || p.LeftOn == null)));
        }

        if (query.LegalKind is { } kind)
        {
            collaborations = collaborations.Where(c => c.LegalKind == kind);
        }

        if (query.LegalInstrument is { } instrument)
        {
            collaborations = collaborations.Where(c => c.LegalInstrument == instrument);
        }

        if (query.Phase is { } phase)
        {
            collaborations = collaborations.Where(c => c.Phase == phase);
        }

        var rows = collaborations
            .OrderBy(c => c.NameForSearch)
            .Select(c => new
            {
                c.Id, c.Name, c.Phase, c.OperatingSince, c.LegalKind, c.LegalInstrument, c.TaskTypes, c.TaskScope, c.GovernanceLevel,
                c.Novelty, c.Multiplicity, c.Structure, c.Initiative, c.RegisterEntry,
                // One aggregated column per row instead of a joined collection keeps the result one row per collaboration.
                Participants = string.Join(";", c.Participants.Where(p => p.LeftOn == null).OrderBy(p => p.MunicipalityCode).Select(p => p.MunicipalityCode)),
                Centrumgemeente = c.Participants.Where(p => p.LeftOn == null && p.Role == ParticipantRole.Centrumgemeente)
                    .Select(p => p.MunicipalityCode).FirstOrDefault(),
            })
            .AsAsyncEnumerable();

        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var codes = row.Participants.Length == 0 ? [] : row.Participants.Split(';');
            yield return new RegisterRow(row.Id, row.Name, row.Phase, row.OperatingSince, codes,
                [.. codes.Select(c => names.GetValueOrDefault(c, c))], row.Centrumgemeente, row.LegalKind, row.LegalInstrument,
                row.TaskTypes, row.TaskScope, row.GovernanceLevel, row.Novelty, row.Multiplicity, row.Structure, row.Initiative,
                row.RegisterEntry);
        }
    }
}
