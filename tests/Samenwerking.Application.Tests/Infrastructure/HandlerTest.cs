using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.CreateCollaboration;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Tests.Infrastructure;

/// <summary>
/// Base of a handler test class: its own database, a clock that stands still, and the administrator as the
/// default user, so a test reads as the command, the handler and what it met.
/// </summary>
public abstract class HandlerTest(HandlerDatabase database) : IClassFixture<HandlerDatabase>
{
    protected static readonly IClock Clock = FixedClock.OnFirstOfJune2025;

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected HandlerDatabase Database { get; } = database;

    protected async Task<CollaborationDto> CreateAsync(CreateCollaborationCommand command, ICurrentActor? user = null) =>
        (await Database.WithContextAsync(db => new CreateCollaborationHandler(db, Clock, user ?? TestUser.Administrator).Handle(command, Cancellation))).Value;
}
