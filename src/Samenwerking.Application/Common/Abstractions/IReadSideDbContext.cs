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

    /// <inheritdoc cref="IApplicationDbContext.MunicipalityRecordsAsync"/>
    ValueTask<ILookup<string, Municipality>> MunicipalityRecordsAsync(CancellationToken cancellationToken);
}
