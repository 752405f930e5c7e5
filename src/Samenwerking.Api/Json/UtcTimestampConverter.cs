using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samenwerking.Api.Json;

/// <summary>
/// NL GOV /core/date-time: timestamps leave the API in UTC with a <c>Z</c>; any offset is accepted coming in.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture));
}
