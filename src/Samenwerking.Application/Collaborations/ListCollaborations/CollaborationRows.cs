using System.Linq.Expressions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>A collaboration as the lists show it, projected in the statement that reads it.</summary>
internal static class CollaborationRows
{
    public static readonly Expression<Func<Collaboration, ListedCollaboration>> ToListed =
        ((Expression<Func<Collaboration, bool, ListedCollaboration>>)((c, isAmbtelijkeFusie) => new ListedCollaboration(new CollaborationSummaryDto(
            c.Id, c.Name, c.Phase, c.TaskTypes, c.LegalKind, c.LegalInstrument, c.Initiative,
            isAmbtelijkeFusie,
            c.ActiveParticipantCount,
            c.UpdatedAt,
            c.NextEvaluationDue,
            c.EndedOn), c.NameForSearch, c.CreatedAt)))
        .WithRule(Collaboration.AmbtelijkeFusie);

    /// <summary>A collaboration on a page chosen among keys, with the total its key carried.</summary>
    public static readonly Expression<Func<MatchedCollaboration, Counted<ListedCollaboration>>> ListedWithTotal =
        ((Expression<Func<MatchedCollaboration, ListedCollaboration, Counted<ListedCollaboration>>>)((m, listed) =>
            new Counted<ListedCollaboration> { Item = listed, Total = m.Total }))
        .With(ToListed.Of((MatchedCollaboration m) => m.Collaboration));
}

/// <summary>A collaboration on a searched page with the search's total, as the page's statement returns them.</summary>
internal sealed class MatchedCollaboration
{
    public required Collaboration Collaboration { get; init; }

    public required int Total { get; init; }
}
