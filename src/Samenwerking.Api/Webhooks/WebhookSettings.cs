namespace Samenwerking.Api.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>.</summary>
public sealed class WebhookSettings
{
    public const string Section = "Webhooks";

    /// <summary>Runs the dispatcher in this instance; several instances may run it at once.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The first pause after a failed delivery; it doubles with every further failure (at most an hour).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many subscriptions receive deliveries at the same time in this instance. Within one subscription events
    /// always go one at a time; a receiver that does not answer occupies one slot until its timeout.
    /// </summary>
    public int MaxConcurrentDeliveries { get; set; } = 16;

    /// <summary>How long a receiver may take to answer one delivery.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Allows http callbacks on loopback addresses, for a receiver on the same machine. Honoured only in the
    /// Development and Testing environments; everywhere else callbacks are https to public addresses.
    /// </summary>
    public bool AllowLoopbackCallbacks { get; set; }
}
