using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.RotateSubscriptionSecret;

/// <param name="Id">The subscription.</param>
/// <param name="OverlapMinutes">How long the current secret keeps signing beside the new one.</param>
/// <param name="ExpectedVersion">The client's If-Match, when it sent one.</param>
/// <param name="Viewer">Who asks: only the owner or an administrator finds the subscription.</param>
public sealed record RotateSubscriptionSecretCommand(Guid Id, int OverlapMinutes, VersionCondition? ExpectedVersion, SubscriptionViewer Viewer)
    : ICommand<Versioned<RotatedSecretDto>>;

/// <summary>The subscription's new signing secret: shown this once, never again.</summary>
/// <param name="Subscription">The subscription; `previousSecretExpiresAt` says until when the old secret signs too.</param>
/// <param name="Secret">The new Standard Webhooks signing secret (`whsec_` + base64 key).</param>
public sealed record RotatedSecretDto(SubscriptionDto Subscription, string Secret);
