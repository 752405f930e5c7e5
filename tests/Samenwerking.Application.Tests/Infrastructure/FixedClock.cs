using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Tests.Infrastructure;

/// <summary>A clock that stands still at noon in Amsterdam on <see cref="Today"/>: dates in the tests never drift.</summary>
public sealed class FixedClock(DateOnly today) : IClock
{
    public static readonly FixedClock OnFirstOfJune2025 = new(new DateOnly(2025, 6, 1));

    public DateOnly Today { get; } = today;

    public DateTimeOffset UtcNow => new(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
