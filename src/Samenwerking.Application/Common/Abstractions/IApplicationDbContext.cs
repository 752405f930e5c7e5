using Microsoft.EntityFrameworkCore;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Municipalities;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Common.Abstractions;

/// <summary>
/// The unit of work handlers use. It exposes EF Core's provider-neutral <see cref="DbSet{TEntity}"/>
/// so queries stay composable (projections, paging) while PostgreSQL stays in Infrastructure.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Municipality> Municipalities { get; }

    DbSet<Collaboration> Collaborations { get; }

    /// <summary>All collaborations' participations, for reads that start from a municipality; written only through the aggregate.</summary>
    DbSet<Participant> Participants { get; }

    /// <summary>The timeline of all collaborations; written only through the aggregate.</summary>
    DbSet<HistoryEntry> History { get; }

    DbSet<EvaluationFramework> EvaluationFrameworks { get; }

    /// <summary>All collaborations' evaluations; written only through the collaboration aggregate.</summary>
    DbSet<Evaluation> Evaluations { get; }

    /// <summary>All collaborations' development activities; written only through the collaboration aggregate.</summary>
    DbSet<DevelopmentActivity> DevelopmentActivities { get; }

    /// <summary>Who may act for a participating municipality on one collaboration (issue 29).</summary>
    DbSet<Domain.Delegations.Delegation> Delegations { get; }

    /// <summary>Webhook subscriptions to the change feed.</summary>
    DbSet<Subscription> Subscriptions { get; }

    /// <summary>
    /// Every CBS record of every municipality, by code: the reference data, kept in memory rather than queried by each
    /// request that names a municipality. The records are shared: read them, never change or attach them.
    /// </summary>
    ValueTask<ILookup<string, Municipality>> MunicipalityRecordsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The query as one statement that joins its collections, where the context's default sends one statement per
    /// collection (which loading a whole aggregate needs, against a cartesian product). For reads of one item whose
    /// collections are small: one round trip instead of several.
    /// </summary>
    IQueryable<T> InOneStatement<T>(IQueryable<T> query) where T : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves a collaboration just started or registered, with the participants, history and change events its founding
    /// recorded, in one round trip and without tracking it; afterwards it carries its stored version. A name taken
    /// meanwhile is refused as <see cref="Domain.Rules.Refusals.DuplicateName"/>.
    /// </summary>
    Task SaveFoundedAsync(Collaboration collaboration, CancellationToken cancellationToken);
}
