namespace Samenwerking.Application.Subscriptions;

/// <summary>
/// Keeps webhooks from reaching into our own network (SSRF): a callback must be https and resolve only
/// to public addresses. Deliveries check the address again when they connect.
/// </summary>
public interface ICallbackUrlGuard
{
    /// <summary>Why the URL cannot be a callback, in a sentence; null when it can.</summary>
    Task<string?> RefusalAsync(Uri callbackUrl, CancellationToken cancellationToken);
}
