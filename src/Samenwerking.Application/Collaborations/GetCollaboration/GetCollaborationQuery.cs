using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Collaborations.GetCollaboration;

public sealed record GetCollaborationQuery(Guid Id) : IQuery<Versioned<CollaborationDto>>;
