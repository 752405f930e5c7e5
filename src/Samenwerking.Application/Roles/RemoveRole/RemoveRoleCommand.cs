using Samenwerking.Application.Common.Concurrency;
using Mediator;

namespace Samenwerking.Application.Roles.RemoveRole;

/// <summary>Removes a role and the personal data in it; the history keeps only that a role was removed.</summary>
public sealed record RemoveRoleCommand(Guid CollaborationId, Guid RoleId, VersionCondition? ExpectedVersion) : ICommand<uint>;
