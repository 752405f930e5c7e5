using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Common.Querying;
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
        var total = query.LegalKind == null && query.UpdatedSince == null
            ? ListTotal.Summing(query.IncludeFormer ? db.ParticipationsOf(query.Code) : db.ActiveParticipationsOf(query.Code))
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
        // The store keeps UTC; any offset the client sent is the same instant.
        var updatedSince = query.UpdatedSince?.ToUniversalTime();
        return
            from participant in participations
            join collaboration in db.Collaborations
                on EF.Property<Guid>(participant, ReadModelColumns.CollaborationId) equals collaboration.Id
            where query.LegalKind == null || collaboration.LegalKind == query.LegalKind
            where updatedSince == null || collaboration.UpdatedAt >= updatedSince
            orderby EF.Property<string>(participant, ReadModelColumns.CollaborationNameForSearch), participant.JoinedOn, participant.Id
            select new Row(
                new MunicipalityCollaborationDto(collaboration.Id, collaboration.Name, collaboration.Phase,
                    collaboration.LegalKind, collaboration.LegalInstrument, participant.Role, participant.JoinedOn, participant.LeftOn),
                EF.Property<string>(participant, ReadModelColumns.CollaborationNameForSearch),
                participant.Id);
    }

    private sealed record Row(MunicipalityCollaborationDto Membership, string NameForSearch, Guid ParticipationId);
}
