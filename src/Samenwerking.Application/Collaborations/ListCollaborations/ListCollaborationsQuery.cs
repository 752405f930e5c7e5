using Mediator;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>Collaborations, filtered, sorted and paged.</summary>
public sealed record ListCollaborationsQuery(
    Phase? Phase = null,
    string? Municipality = null,
    LegalKind? LegalKind = null,
    LegalInstrument? LegalInstrument = null,
    TaskType? TaskType = null,
    Initiative? Initiative = null,
    bool? IsAmbtelijkeFusie = null,
    string? Q = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    DateOnly? EvaluationDueBefore = null,
    bool? EvaluationOverdue = null) : IQuery<PagedResult<CollaborationSummaryDto>>
{
    /// <summary>Only collaborations changed at or after this moment.</summary>
    public DateTimeOffset? UpdatedSince { get; init; }

    /// <summary>Also collaborations that ended (opheffing); left out by default.</summary>
    public bool IncludeEnded { get; init; }

    /// <summary>The <c>next</c> cursor of the previous page: only what sorts after its last item (keyset pagination).</summary>
    public string? After { get; init; }
}
