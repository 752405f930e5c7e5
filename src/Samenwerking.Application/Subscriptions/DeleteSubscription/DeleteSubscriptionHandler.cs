using Mediator;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Subscriptions.DeleteSubscription;

public sealed class DeleteSubscriptionHandler(IApplicationDbContext db) : ICommandHandler<DeleteSubscriptionCommand>
{
    public async ValueTask<Unit> Handle(DeleteSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(command.Id, command.Viewer, cancellationToken);
        db.Subscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
