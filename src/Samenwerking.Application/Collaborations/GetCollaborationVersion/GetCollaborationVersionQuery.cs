using Mediator;

namespace Samenwerking.Application.Collaborations.GetCollaborationVersion;

/// <summary>The current version (ETag) of a collaboration; null when it does not exist. For conditional reads.</summary>
public sealed record GetCollaborationVersionQuery(Guid Id) : IQuery<uint?>;
