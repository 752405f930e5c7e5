using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Collaborations.DeleteCollaboration;

/// <summary>Deletes an exploration that went nowhere; later phases keep their history.</summary>
public sealed record DeleteCollaborationCommand(Guid Id, VersionCondition? ExpectedVersion) : ICommand;
