namespace Samenwerking.Api.PublicRegister;

/// <summary>Marks an anonymous read of the public register: cacheable by anyone, rate limited per client address.</summary>
public sealed class PublicReadMetadata(int maxAgeSeconds)
{
    public int MaxAgeSeconds { get; } = maxAgeSeconds;

    /// <summary>The <c>Cache-Control</c> of a 200 or 304: shared caches may keep it briefly, then revalidate.</summary>
    public string CacheControl => $"public, max-age={MaxAgeSeconds}";
}
