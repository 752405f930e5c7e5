using Mediator;

namespace Samenwerking.Application.Subscriptions.SendTestEvent;

public sealed record SendTestEventCommand(Guid Id, SubscriptionViewer Viewer) : ICommand<TestEventResultDto>;

/// <summary>How the receiver answered a signed test event, tried once.</summary>
/// <param name="EventId">The test event's id (its `webhook-id`).</param>
/// <param name="Delivered">True when the receiver answered 2xx.</param>
/// <param name="StatusCode">The receiver's HTTP status code; null when it did not answer (connection refused, timeout, address not allowed).</param>
/// <param name="DurationMilliseconds">How long the attempt took, in milliseconds.</param>
/// <param name="Error">What went wrong; null when delivered.</param>
public sealed record TestEventResultDto(Guid EventId, bool Delivered, int? StatusCode, long DurationMilliseconds, string? Error);
