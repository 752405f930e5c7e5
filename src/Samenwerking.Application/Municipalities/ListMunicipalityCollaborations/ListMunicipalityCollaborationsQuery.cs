using Mediator;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;

/// <summary>
/// The collaborations a municipality takes part in (and, when asked, took part in): the basis of the
/// register every municipality keeps under Wgr art. 27; with <c>legalKind=publiekrechtelijk</c> it is that register.
/// </summary>
public sealed record ListMunicipalityCollaborationsQuery(
    string Code,
    LegalKind? LegalKind = null,
    bool IncludeFormer = false,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    DateTimeOffset? UpdatedSince = null) : IQuery<PagedResult<MunicipalityCollaborationDto>>
{
    /// <summary>Also collaborations that ended (opheffing); left out by default.</summary>
    public bool IncludeEnded { get; init; }

    /// <summary>The <c>next</c> cursor of the previous page: only what sorts after its last item (keyset pagination).</summary>
    public string? After { get; init; }
}
