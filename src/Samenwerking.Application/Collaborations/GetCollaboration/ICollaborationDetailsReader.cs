using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Collaborations.GetCollaboration;

/// <summary>
/// A collaboration's full representation and version, read in one statement from the primary (a client reads its own
/// writes). A query of its own in Infrastructure because get by id is the API's most frequent request: its statement is
/// translated once, not on every request.
/// </summary>
public interface ICollaborationDetailsReader
{
    /// <summary>The collaboration, or null when none has this id.</summary>
    Task<Versioned<CollaborationDto>?> ReadAsync(Guid id, CancellationToken cancellationToken);
}
