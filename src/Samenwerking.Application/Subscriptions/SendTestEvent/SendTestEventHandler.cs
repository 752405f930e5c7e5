using Mediator;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Subscriptions.SendTestEvent;

/// <summary>Changes nothing: the test event is not part of the feed, and the subscription's delivery state stays as it is.</summary>
public sealed class SendTestEventHandler(IApplicationDbContext db, ITestEventSender sender) : ICommandHandler<SendTestEventCommand, TestEventResultDto>
{
    public async ValueTask<TestEventResultDto> Handle(SendTestEventCommand command, CancellationToken cancellationToken) =>
        await sender.SendAsync(await db.FindVisibleAsync(command.Id, command.Viewer, cancellationToken), cancellationToken);
}
