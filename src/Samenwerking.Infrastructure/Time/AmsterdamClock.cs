using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Infrastructure.Time;

internal sealed class AmsterdamClock(TimeProvider timeProvider) : IClock
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Truncated to microseconds, PostgreSQL's precision, so a value reads back exactly as it was written.</summary>
    public DateTimeOffset UtcNow
    {
        get
        {
            var now = timeProvider.GetUtcNow();
            return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
        }
    }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(UtcNow, Amsterdam).DateTime);
}
