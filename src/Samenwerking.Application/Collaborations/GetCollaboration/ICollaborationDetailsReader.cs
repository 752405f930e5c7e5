using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Collaborations.GetCollaboration;

/// <summary>
/// A collaboration's full representation and version, read in one round trip from the primary (a client reads its own
/// writes). Plain SQL in Infrastructure because get by id is the API's most frequent request and its cost per request
/// counts (docs/performance.md).
/// </summary>
public interface ICollaborationDetailsReader
{
    /// <summary>The collaboration, or null when none has this id.</summary>
    Task<Versioned<CollaborationDto>?> ReadAsync(Guid id, CancellationToken cancellationToken);
}
