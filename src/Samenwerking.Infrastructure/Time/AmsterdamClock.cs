using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Infrastructure.Time;

internal sealed class AmsterdamClock(TimeProvider timeProvider) : IClock
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(UtcNow, Amsterdam).DateTime);
}
