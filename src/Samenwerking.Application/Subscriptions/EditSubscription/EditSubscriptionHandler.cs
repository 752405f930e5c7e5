using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.EditSubscription;

public sealed class EditSubscriptionHandler(IApplicationDbContext db, IClock clock) : ICommandHandler<EditSubscriptionCommand, Versioned<SubscriptionDto>>
{
    public async ValueTask<Versioned<SubscriptionDto>> Handle(EditSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(command.Id, command.Viewer, command.ExpectedVersion, versionRequired: true, cancellationToken);
        subscription.Edit(new Uri(command.CallbackUrl!), command.EventTypes!, command.MunicipalityCode, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return subscription.ToVersionedDto(clock.UtcNow);
    }
}
