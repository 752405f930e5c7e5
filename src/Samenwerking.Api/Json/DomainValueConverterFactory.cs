using System.Text.Json;
using System.Text.Json.Serialization;
using Samenwerking.Domain.Common;

namespace Samenwerking.Api.Json;

/// <summary>
/// Domain enums travel as their camelCase Dutch values (<c>openbaarLichaam</c>), exactly: no numbers,
/// no other casing. An unknown value is refused with the list of allowed ones, so the 400 tells the
/// client what to send.
/// </summary>
public sealed class DomainValueConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Assembly == typeof(DomainTerms).Assembly;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(DomainValueConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class DomainValueConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return DomainValues.TryParse<TEnum>(text, out var value)
                ? value
                : throw new DomainValueJsonException(DomainValues.NotAllowedMessage<TEnum>(text ?? reader.TokenType.ToString()));
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(DomainTerms.Of(value));
    }
}

/// <summary>A refused domain value; its message is meant for the client, unlike other JSON errors.</summary>
public sealed class DomainValueJsonException(string message) : JsonException(message);
