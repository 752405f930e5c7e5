using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Delegations.GetDelegation;

public sealed record GetDelegationQuery(Guid CollaborationId, Guid DelegationId) : IQuery<Versioned<DelegationDto>>;
