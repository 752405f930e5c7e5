using Mediator;

namespace Samenwerking.Application.Subscriptions.DeleteSubscription;

public sealed record DeleteSubscriptionCommand(Guid Id, SubscriptionViewer Viewer) : ICommand;
