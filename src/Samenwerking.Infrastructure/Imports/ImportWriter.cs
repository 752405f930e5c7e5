using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Samenwerking.Application.Imports.ImportRegister;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Rules;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Infrastructure.Imports;

/// <summary>
/// The import's transaction on the request's context. Each batch is one SaveChanges inside it; EF sets a savepoint
/// before each and rolls back to it when the batch fails, so a batch refused because a concurrent registration took one
/// of its names (or because PostgreSQL ended a deadlock between two imports inserting the same names in another order)
/// leaves the batches before it in place and can be checked and saved again. The change tracker is emptied after every
/// batch, so memory holds one batch, not the file.
/// </summary>
internal sealed class ImportWriter(SamenwerkingDbContext db) : IImportWriter
{
    private const string DeadlockDetected = "40P01";

    private IDbContextTransaction? transaction;

    public async Task<bool> TrySaveAsync(IReadOnlyList<Collaboration> batch, CancellationToken cancellationToken)
    {
        transaction ??= await db.Database.BeginTransactionAsync(cancellationToken);
        db.Collaborations.AddRange(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DomainRuleViolationException taken) when (taken.Refusal == Refusals.DuplicateName)
        {
            return false;
        }
        catch (Exception exception) when (IsDeadlock(exception))
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }
    }

    private static bool IsDeadlock(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }
}
