using System.Globalization;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>Dates as the API sees them: the calendar in the Netherlands.</summary>
public static class TestDates
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly TodayDate => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Amsterdam).DateTime);

    public static string Today => TodayDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Yesterday => TodayDate.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
