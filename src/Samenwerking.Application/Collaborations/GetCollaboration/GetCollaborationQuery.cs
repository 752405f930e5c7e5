using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Collaborations.GetCollaboration;

public sealed record GetCollaborationQuery(Guid Id) : IQuery<CollaborationDto>;
