using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Municipalities;
using Samenwerking.Domain.Rules;
using Samenwerking.Domain.Subscriptions;
using Samenwerking.Infrastructure.Persistence.Configurations;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Infrastructure.Persistence;

public sealed class SamenwerkingDbContext(DbContextOptions<SamenwerkingDbContext> options)
    : DbContext(options), IApplicationDbContext
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Collaboration> Collaborations => Set<Collaboration>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<EvaluationFramework> EvaluationFrameworks => Set<EvaluationFramework>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<DevelopmentActivity> DevelopmentActivities => Set<DevelopmentActivity>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<Domain.Delegations.Delegation> Delegations => Set<Domain.Delegations.Delegation>();

    // A pooled context takes no services in its constructor; the cache is a singleton of the application's container.
    // (The replica's context is built outside the container; the read side hands it the cache itself.)
    public ValueTask<ILookup<string, Municipality>> MunicipalityRecordsAsync(CancellationToken cancellationToken) =>
        this.GetService<MunicipalityRecordsCache>().GetAsync(this, cancellationToken);

    public IQueryable<T> InOneStatement<T>(IQueryable<T> query) where T : class => query.AsSingleQuery();

    public Task SaveFoundedAsync(Collaboration collaboration, CancellationToken cancellationToken) =>
        FoundedCollaborationRows.InsertAsync(this, collaboration, cancellationToken);

    /// <summary>
    /// Unique-name races (of collaborations and of evaluation frameworks) that slip past the handler's
    /// check end at the database index; they are the same business conflict, so they leave here as one.
    /// </summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        // Changes are detected once here; the outbox's look at the entries and SaveChanges itself then skip doing it again.
        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            Database.AutoTransactionBehavior = Database.CurrentTransaction is null && InsertOnlySaves.FitInOneBatch(ChangeTracker)
                ? AutoTransactionBehavior.Never
                : AutoTransactionBehavior.WhenNeeded;
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
                                                 {
                                                     SqlState: PostgresErrorCodes.UniqueViolation,
                                                     ConstraintName: CollaborationConfiguration.UniqueNameIndex,
                                                 })
        {
            throw UniqueNames.CollaborationNameTakenMeanwhile();
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
                                                 {
                                                     SqlState: PostgresErrorCodes.UniqueViolation,
                                                     ConstraintName: EvaluationFrameworkConfiguration.UniqueNameIndex,
                                                 })
        {
            throw UniqueNames.FrameworkNameTakenMeanwhile();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm").ApplyConfigurationsFromAssembly(typeof(SamenwerkingDbContext).Assembly);
        // A window over the filtered rows: PostgreSQL counts them while it reads them for the sort (Paging.ToPageCountedInPassingAsync).
        modelBuilder.HasDbFunction(typeof(Paging).GetMethod(nameof(Paging.RowsBeforePaging))!)
            .HasTranslation(_ => new SqlFragmentExpression("(count(*) OVER ())::int", typeof(int), new IntTypeMapping("integer")));
    }
}
