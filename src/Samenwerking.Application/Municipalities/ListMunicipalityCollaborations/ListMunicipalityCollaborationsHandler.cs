using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Application.Collaborations.Reading;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;

/// <summary>
/// One statement per page, starting from the municipality's own participations: sorted on the copy of the
/// collaboration's name each carries (index <c>ix_participants_active_municipality_name</c>, ADR 0012), a page reads
/// one stretch of that index and joins only its own collaborations. The total is the <c>COUNT</c> of the participations.
/// </summary>
public sealed class ListMunicipalityCollaborationsHandler(IReadSideDbContext db)
    : IQueryHandler<ListMunicipalityCollaborationsQuery, PagedResult<MunicipalityCollaborationDto>>
{
    public async ValueTask<PagedResult<MunicipalityCollaborationDto>> Handle(ListMunicipalityCollaborationsQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureMunicipalityExistsAsync(query.Code, cancellationToken);

        var participations = db.Participants.Where(p => p.MunicipalityCode == query.Code);
        if (!query.IncludeFormer)
        {
            participations = participations.Where(p => p.LeftOn == null);
        }

        if (!query.IncludeEnded)
        {
            // Left out as "not among the few ended ones" (an anti-join on ix_collaborations_ended), so the page and its count
            // stay on the participations' index instead of reading every collaboration.
            participations = participations.Where(p => !db.Collaborations.Any(c => c.Id == EF.Property<Guid>(p, ReadModelColumns.CollaborationId) && c.EndedOn != null));
        }

        if (query.LegalKind is { } kind)
        {
            participations = participations.Where(p => db.Collaborations.Any(c => c.Id == EF.Property<Guid>(p, ReadModelColumns.CollaborationId) && c.LegalKind == kind));
        }

        // The store keeps UTC; any offset the client sent is the same instant.
        if (query.UpdatedSince?.ToUniversalTime() is { } since)
        {
            participations = participations.Where(p => db.Collaborations.Any(c => c.Id == EF.Property<Guid>(p, ReadModelColumns.CollaborationId) && c.UpdatedAt >= since));
        }

        var page = await Memberships(After(participations, query.After)).ToPageAsync(participations, query.Page, query.PageSize, cancellationToken);
        var last = page.Items.Count == query.PageSize ? page.Items[^1] : null;
        return new PagedResult<MunicipalityCollaborationDto>(
            page.Items.Select(row => row.Membership).ToList(),
            page.Page with { Next = last is null ? null : MunicipalityKeyset.CursorAfter(last.NameForSearch, last.Membership.JoinedOn, last.ParticipationId) });
    }

    /// <summary>The participations after the cursor; the first condition repeats part of the second because the index seeks on it.</summary>
    private static IQueryable<Participant> After(IQueryable<Participant> participations, string? after)
    {
        if (MunicipalityKeyset.Decode(after) is not { } cursor)
        {
            return participations;
        }

        var (name, joinedOn, id) = (cursor.Key[0], cursor.DateAt(1), cursor.GuidAt(2));
        return participations
            .Where(p => string.Compare(EF.Property<string>(p, ReadModelColumns.CollaborationNameForSearch), name) >= 0)
            .Where(p => string.Compare(EF.Property<string>(p, ReadModelColumns.CollaborationNameForSearch), name) > 0
                        || (EF.Property<string>(p, ReadModelColumns.CollaborationNameForSearch) == name
                            && (p.JoinedOn > joinedOn || (p.JoinedOn == joinedOn && p.Id > id))));
    }

    private IQueryable<Row> Memberships(IQueryable<Participant> participations) =>
        from p in participations
        join c in db.Collaborations on EF.Property<Guid>(p, ReadModelColumns.CollaborationId) equals c.Id
        orderby EF.Property<string>(p, ReadModelColumns.CollaborationNameForSearch), p.JoinedOn, p.Id
        select new Row(
            new MunicipalityCollaborationDto(c.Id, c.Name, c.Phase, c.LegalKind, c.LegalInstrument, p.Role, p.JoinedOn, p.LeftOn, c.EndedOn),
            EF.Property<string>(p, ReadModelColumns.CollaborationNameForSearch),
            p.Id);

    private sealed record Row(MunicipalityCollaborationDto Membership, string NameForSearch, Guid ParticipationId);
}
