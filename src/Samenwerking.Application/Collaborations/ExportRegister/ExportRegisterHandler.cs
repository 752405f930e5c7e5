using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ExportRegister;

/// <summary>
/// Streams the register as one query of projections (never the aggregates) that the database sends while the
/// API writes: the participants of each row are aggregated in SQL, so there is no second query per page, no
/// grouping in memory and no pause between pages. Memory stays flat whatever the number of rows, because
/// rows are read and written one at a time. Municipality names come from the reference data, read once.
/// </summary>
public sealed class ExportRegisterHandler(IReadSideDbContext db) : IStreamQueryHandler<ExportRegisterQuery, RegisterRow>
{
    private static readonly char[] ListSeparator = [RegisterColumns.ListSeparator];

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

        var rows = db.StreamRows(collaborations
            .OrderBy(c => c.NameForSearch)
            .Select(c => new
            {
                c.Id, c.Name, c.Phase, c.OperatingSince, c.LegalKind, c.LegalInstrument, c.TaskTypes, c.TaskScope,
                c.GovernanceLevel, c.Novelty, c.Multiplicity, c.Structure, c.Initiative, c.RegisterEntry,
                Participants = string.Join(RegisterColumns.ListSeparator.ToString(),
                    c.Participants.AsQueryable().Where(p => p.LeftOn == null)
                        .OrderBy(JoiningOrder.ByDate).ThenBy(JoiningOrder.ThenByAdded)
                        .Select(p => p.MunicipalityCode)),
                Centrumgemeente = c.Participants
                    .AsQueryable()
                    .Where(p => p.LeftOn == null && p.Role == ParticipantRole.Centrumgemeente)
                    .OrderBy(JoiningOrder.ByDate).ThenBy(JoiningOrder.ThenByAdded)
                    .Select(p => p.MunicipalityCode)
                    .FirstOrDefault(),
            }))
            .WithCancellation(cancellationToken);

        await foreach (var row in rows)
        {
            string[] codes = string.IsNullOrEmpty(row.Participants) ? [] : row.Participants.Split(ListSeparator);
            yield return new RegisterRow(row.Id, row.Name, row.Phase, row.OperatingSince, codes,
                Array.ConvertAll(codes, c => names.GetValueOrDefault(c, c)), row.Centrumgemeente, row.LegalKind, row.LegalInstrument,
                row.TaskTypes, row.TaskScope, row.GovernanceLevel, row.Novelty, row.Multiplicity, row.Structure, row.Initiative,
                row.RegisterEntry);
        }
    }
}
