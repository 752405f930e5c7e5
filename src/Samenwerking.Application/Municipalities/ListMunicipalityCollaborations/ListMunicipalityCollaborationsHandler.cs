using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Application.Collaborations.Reading;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;

public sealed class ListMunicipalityCollaborationsHandler(IReadSideDbContext db)
    : IQueryHandler<ListMunicipalityCollaborationsQuery, PagedResult<MunicipalityCollaborationDto>>
{
    public async ValueTask<PagedResult<MunicipalityCollaborationDto>> Handle(ListMunicipalityCollaborationsQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureMunicipalityExistsAsync(query.Code, cancellationToken);

        // Starts from the municipality's own participations, sorted on the copy of the collaboration's name they
        // carry (ix_participants_active_municipality_name): a page reads one stretch of that index and joins only
        // its collaborations, however many collaborations there are and however busy the municipality is.
        var participations = db.Participants.Where(p => p.MunicipalityCode == query.Code);
        if (!query.IncludeFormer)
        {
            participations = participations.Where(p => p.LeftOn == null);
        }

        // Without a filter on the collaboration the total is the municipality's number of participations, which the
        // database keeps; it is taken before the cursor applies, so it is the whole list's, as with page numbers.
        var counts = query.IncludeFormer ? db.ParticipationsOf(query.Code) : db.ActiveParticipationsOf(query.Code);
        var total = query.LegalKind == null && query.UpdatedSince == null
            ? ListTotal.Summing(query.IncludeEnded ? counts : counts.Concat(db.EndedParticipationsOf(query.Code, query.IncludeFormer)))
            : ListTotal.Counting(Memberships(participations, query));
        if (MunicipalityKeyset.Decode(query.After) is { } after)
        {
            var (name, joinedOn, id) = (after.Key[0], after.DateAt(1), after.GuidAt(2));
            // The first, redundant condition is the one the index seeks on (not on the "or"), so a deep page costs
            // what the first does.
            participations = participations
                .Where(p => string.Compare(EF.Property<string>(p, ReadModelColumns.CollaborationNameForSearch), name) >= 0)
                .Where(p =>
                string.Compare(EF.Property<string>(p, ReadModelColumns.CollaborationNameForSearch), name) > 0
                || (EF.Property<string>(p, ReadModelColumns.CollaborationNameForSearch) == name
                    && (p.JoinedOn > joinedOn || (p.JoinedOn == joinedOn && p.Id > id))));
        }

        var page = await Memberships(participations, query).ToPageAsync(total, query.Page, query.PageSize, cancellationToken);
        var last = page.Items.Count == query.PageSize ? page.Items[^1] : null;
        return new PagedResult<MunicipalityCollaborationDto>(
            page.Items.Select(row => row.Membership).ToList(),
            page.Page with { Next = last is null ? null : MunicipalityKeyset.CursorAfter(last.NameForSearch, last.Membership.JoinedOn, last.ParticipationId) });
    }

    private IQueryable<Row> Memberships(IQueryable<Participant> participations, ListMunicipalityCollaborationsQuery query)
    {
        var memberships =
            from participant in participations
            join collaboration in db.Collaborations
                on EF.Property<Guid>(participant, ReadModelColumns.CollaborationId) equals collaboration.Id
            select new { Participant = participant, Collaboration = collaboration };
        // Filters are added only when asked for: a condition such as "kind == null || …" would be evaluated, compiled,
        // by EF for every request to find its parameters.
        if (query.LegalKind is { } kind)
        {
            memberships = memberships.Where(m => m.Collaboration.LegalKind == kind);
        }

        if (!query.IncludeEnded)
        {
            memberships = memberships.Where(m => m.Collaboration.EndedOn == null);
        }

        // The store keeps UTC; any offset the client sent is the same instant.
        if (query.UpdatedSince?.ToUniversalTime() is { } updatedSince)
        {
            memberships = memberships.Where(m => m.Collaboration.UpdatedAt >= updatedSince);
        }

        return memberships
            .OrderBy(m => EF.Property<string>(m.Participant, ReadModelColumns.CollaborationNameForSearch))
            .ThenBy(m => m.Participant.JoinedOn).ThenBy(m => m.Participant.Id)
            .Select(m => new Row(
                new MunicipalityCollaborationDto(m.Collaboration.Id, m.Collaboration.Name, m.Collaboration.Phase,
                    m.Collaboration.LegalKind, m.Collaboration.LegalInstrument, m.Participant.Role, m.Participant.JoinedOn, m.Participant.LeftOn,
                    m.Collaboration.EndedOn),
                EF.Property<string>(m.Participant, ReadModelColumns.CollaborationNameForSearch),
                m.Participant.Id));
    }

    private sealed record Row(MunicipalityCollaborationDto Membership, string NameForSearch, Guid ParticipationId);
}
