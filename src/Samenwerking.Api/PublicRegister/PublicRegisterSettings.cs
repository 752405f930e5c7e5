namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// <c>PublicRegister:*</c>: how long shared caches may keep an anonymous answer, how long a rendered page is reused, and the
/// token bucket every client address gets for the anonymous reads and the pages (a token never buys more).
/// </summary>
public sealed class PublicRegisterSettings
{
    public const string Section = "PublicRegister";

    public int MaxAgeSeconds { get; init; } = 60;

    /// <summary>How long a rendered page is served again from memory to callers without a token; 0 renders every request.</summary>
    public int PageCacheSeconds { get; init; } = 10;

    public int TokenLimit { get; init; } = 120;

    public int TokensPerPeriod { get; init; } = 20;

    public double ReplenishmentPeriodSeconds { get; init; } = 10;
}
