using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;

public sealed class ListMunicipalityCollaborationsHandler(IApplicationDbContext db)
    : IQueryHandler<ListMunicipalityCollaborationsQuery, PagedResult<MunicipalityCollaborationDto>>
{
    public async ValueTask<PagedResult<MunicipalityCollaborationDto>> Handle(ListMunicipalityCollaborationsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Municipalities.AnyAsync(m => m.Code == query.Code, cancellationToken))
        {
            throw new NotFoundException("Municipality", query.Code);
        }

        // The store keeps UTC; any offset the client sent is the same instant.
        var updatedSince = query.UpdatedSince?.ToUniversalTime();
        var memberships =
            from collaboration in db.Collaborations
            from participant in collaboration.Participants
            where participant.MunicipalityCode == query.Code && (query.IncludeFormer || participant.LeftOn == null)
            where query.LegalKind == null || collaboration.LegalKind == query.LegalKind
            where updatedSince == null || collaboration.UpdatedAt >= updatedSince
            orderby collaboration.NameForSearch, participant.JoinedOn
            select new MunicipalityCollaborationDto(collaboration.Id, collaboration.Name, collaboration.Phase,
                collaboration.LegalKind, collaboration.LegalInstrument, participant.Role, participant.JoinedOn, participant.LeftOn);

        return await memberships.ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
