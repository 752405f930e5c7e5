using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ExportRegister;

/// <summary>
/// Streams the register in keyset pages of projections (never the aggregates), so memory stays flat
/// whatever the number of rows. Municipality names come from the reference data, read once.
/// </summary>
public sealed class ExportRegisterHandler(IApplicationDbContext db) : IStreamQueryHandler<ExportRegisterQuery, RegisterRow>
{
    private const int PageSize = 2000;

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

        // Keyset pages of a fixed size: each page is two indexed queries (collaborations, then their participants),
        // so memory holds one page whatever the size of the register, and no query grows with it.
        var after = "";
        while (true)
        {
            var page = await collaborations
                .Where(c => string.Compare(c.NameForSearch, after) > 0)
                .OrderBy(c => c.NameForSearch)
                .Take(PageSize)
                .Select(c => new
                {
                    c.Id, c.Name, c.NameForSearch, c.Phase, c.OperatingSince, c.LegalKind, c.LegalInstrument, c.TaskTypes, c.TaskScope,
                    c.GovernanceLevel, c.Novelty, c.Multiplicity, c.Structure, c.Initiative, c.RegisterEntry,
                })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            var ids = page.Select(c => c.Id).ToList();
            // In the order of joining, as everywhere else participants are listed (a lookup keeps the order per key).
            var participants = (await db.Collaborations.AsNoTracking()
                    .Where(c => ids.Contains(c.Id))
                    .SelectMany(c => c.Participants.Where(p => p.LeftOn == null))
                    .InJoiningOrder()
                    .Select(p => new { CollaborationId = EF.Property<Guid>(p, "CollaborationId"), p.MunicipalityCode, p.Role })
                    .ToListAsync(cancellationToken))
                .ToLookup(p => p.CollaborationId);

            foreach (var row in page)
            {
                var active = participants[row.Id].ToList();
                var codes = active.Select(p => p.MunicipalityCode).ToList();
                yield return new RegisterRow(row.Id, row.Name, row.Phase, row.OperatingSince, codes,
                    [.. codes.Select(c => names.GetValueOrDefault(c, c))],
                    active.FirstOrDefault(p => p.Role == ParticipantRole.Centrumgemeente)?.MunicipalityCode, row.LegalKind, row.LegalInstrument,
                    row.TaskTypes, row.TaskScope, row.GovernanceLevel, row.Novelty, row.Multiplicity, row.Structure, row.Initiative,
                    row.RegisterEntry);
            }

            after = page[^1].NameForSearch;
        }
    }
}
