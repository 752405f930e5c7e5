using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.EditSubscription;

/// <summary>Replaces what a subscription delivers where; the API builds it from a merge patch applied to the current values.</summary>
public sealed record EditSubscriptionCommand(Guid Id, string? CallbackUrl, IReadOnlyList<string>? EventTypes, string? MunicipalityCode,
    VersionCondition? ExpectedVersion, SubscriptionViewer Viewer) : ICommand<Versioned<SubscriptionDto>>, ISubscriptionFields;
