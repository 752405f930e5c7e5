using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.RotateSubscriptionSecret;

public sealed class RotateSubscriptionSecretHandler(IApplicationDbContext db, IClock clock)
    : ICommandHandler<RotateSubscriptionSecretCommand, Versioned<RotatedSecretDto>>
{
    public async ValueTask<Versioned<RotatedSecretDto>> Handle(RotateSubscriptionSecretCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(command.Id, command.Viewer, command.ExpectedVersion, versionRequired: false, cancellationToken);
        var secret = SubscriptionSecrets.New();
        await db.ChangeAsync(subscription, command.ExpectedVersion,
            s => s.RotateSecret(secret, TimeSpan.FromMinutes(command.OverlapMinutes), clock.UtcNow), cancellationToken);
        return new Versioned<RotatedSecretDto>(new RotatedSecretDto(subscription.ToDto(clock.UtcNow), secret), subscription.Version);
    }
}
