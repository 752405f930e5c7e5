namespace Samenwerking.Api.Webhooks;

/// <summary>A new signing secret for a subscription.</summary>
/// <param name="OverlapMinutes">
/// How long the current secret keeps signing beside the new one, 0 to 10080 (a week); default 1440 (a day). Meanwhile
/// `webhook-signature` carries two signatures, space-separated, so a receiver can switch to the new secret without
/// refusing a delivery. 0 stops the current secret at once (for a secret that leaked).
/// </param>
public sealed record SecretRotationRequest(int OverlapMinutes = SecretRotationRequest.DefaultOverlapMinutes)
{
    public const int DefaultOverlapMinutes = 1440;

    public static SecretRotationRequest Example { get; } = new(DefaultOverlapMinutes);
}
