using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

/// <summary>
/// The register entry is one value, read and replaced whole, so it is one jsonb column; domain values are stored
/// as their names, like everywhere else. Compared by content, so an unchanged entry is no change.
/// </summary>
internal static class RegisterEntryConversion
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly ValueConverter<RegisterEntry, string> Converter = new(
        entry => Serialize(entry),
        json => Deserialize(json));

    public static readonly ValueComparer<RegisterEntry> Comparer = new(
        (left, right) => Serialize(left!) == Serialize(right!),
        entry => Serialize(entry).GetHashCode(StringComparison.Ordinal),
        entry => Deserialize(Serialize(entry)));

    private static string Serialize(RegisterEntry entry) => JsonSerializer.Serialize(entry, Options);

    // Rows written before the register existed hold '{}': an empty entry, with an empty list of powers.
    internal static RegisterEntry Deserialize(string json)
    {
        var entry = JsonSerializer.Deserialize<RegisterEntry>(json, Options) ?? RegisterEntry.Empty;
        return entry.Powers is null ? entry with { Powers = [] } : entry;
    }
}
