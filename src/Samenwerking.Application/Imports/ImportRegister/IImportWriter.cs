using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Imports.ImportRegister;

/// <summary>
/// Saves an import batch by batch in one transaction, begun with the first batch, so the collaborations of a large file
/// never sit in memory together and the import stays all or nothing. Disposing without <see cref="CommitAsync"/> rolls
/// back everything saved.
/// </summary>
public interface IImportWriter : IAsyncDisposable
{
    /// <summary>
    /// Saves the batch. False, with nothing of the batch saved, when another registration saved one of its names at the same
    /// moment (or the database ended a deadlock between the two by refusing this batch): check the batch again and retry.
    /// </summary>
    Task<bool> TrySaveAsync(IReadOnlyList<Collaboration> batch, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
