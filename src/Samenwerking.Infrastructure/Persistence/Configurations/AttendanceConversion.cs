using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

/// <summary>
/// A held activity's attendance per municipality is one value, written whole when it is held and read with the activity,
/// so it is one jsonb column rather than a table of a few numbers. Compared by content, so an unchanged list is no change.
/// </summary>
internal static class AttendanceConversion
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly ValueConverter<IReadOnlyList<MunicipalAttendance>, string> Converter = new(
        attendance => Serialize(attendance),
        json => Deserialize(json));

    public static readonly ValueComparer<IReadOnlyList<MunicipalAttendance>> Comparer = new(
        (left, right) => Serialize(left!) == Serialize(right!),
        attendance => Serialize(attendance).GetHashCode(StringComparison.Ordinal),
        attendance => Deserialize(Serialize(attendance)));

    private static string Serialize(IReadOnlyList<MunicipalAttendance> attendance) => JsonSerializer.Serialize(attendance, Options);

    private static IReadOnlyList<MunicipalAttendance> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<MunicipalAttendance>>(json, Options) ?? [];
}
