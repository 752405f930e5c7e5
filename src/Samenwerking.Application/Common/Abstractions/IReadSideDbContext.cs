using Samenwerking.Application.Common.Querying;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Common.Abstractions;

/// <summary>
/// What the read side's queries (lists, search, a municipality's register, the export) read from: the read-only
/// replica when <c>ConnectionStrings:SamenwerkingReadOnly</c> is set, else the primary. A replica may lag behind
/// the primary, so reads by id and everything a command does use <see cref="IApplicationDbContext"/>: a client
/// always reads its own writes there. Queryables only, without tracking or saving: nothing here writes.
/// </summary>
public interface IReadSideDbContext
{
    IQueryable<Municipality> Municipalities { get; }

    IQueryable<Collaboration> Collaborations { get; }

    IQueryable<Participant> Participants { get; }

    IQueryable<Domain.Evaluations.DevelopmentActivity> DevelopmentActivities { get; }

    /// <inheritdoc cref="ParticipationCount"/>
    IQueryable<ParticipationCount> ParticipationCounts { get; }

    /// <inheritdoc cref="CollaborationCount"/>
    IQueryable<CollaborationCount> CollaborationCounts { get; }

    /// <inheritdoc cref="CollaborationNameWord"/>
    IQueryable<CollaborationNameWord> CollaborationNameWords { get; }

    /// <summary>
    /// The words of <see cref="NameWord"/> whose reverse lies from <paramref name="reversedFrom"/> up to, not including,
    /// <paramref name="reversedTo"/> (no upper end when <see langword="null"/>): the words that end in a term, sought by
    /// an index on their reverse.
    /// </summary>
    IQueryable<NameWord> NameWordsReversedBetween(string reversedFrom, string? reversedTo);

    /// <summary>The words of <see cref="NameWord"/> that match a LIKE pattern, sought by their trigrams.</summary>
    IQueryable<NameWord> NameWordsLike(string pattern);

    /// <summary>Runs <paramref name="query"/> with <paramref name="values"/>; the query is translated once, on its first run.</summary>
    IAsyncEnumerable<TResult> Run<TValues, TResult>(PreparedQuery<TValues, TResult> query, TValues values);

    /// <inheritdoc cref="IApplicationDbContext.MunicipalityRecordsAsync"/>
    ValueTask<ILookup<string, Municipality>> MunicipalityRecordsAsync(CancellationToken cancellationToken);
}
