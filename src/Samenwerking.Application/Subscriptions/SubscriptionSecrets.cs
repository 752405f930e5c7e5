using System.Security.Cryptography;

namespace Samenwerking.Application.Subscriptions;

/// <summary>New Standard Webhooks signing secrets: <c>whsec_</c> and 32 random bytes in base64.</summary>
public static class SubscriptionSecrets
{
    public static string New() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
