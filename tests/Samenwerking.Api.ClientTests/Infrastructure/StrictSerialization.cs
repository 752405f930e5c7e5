using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

// Same namespace as the generated client: this completes its partial class.
namespace Samenwerking.Api.ClientTests.Generated;

public partial class SamenwerkingApiClient
{
    /// <summary>
    /// How an integrator configures the generated client to follow the document exactly, both ways:
    /// <list type="bullet">
    /// <item>Reading: a response without a <c>required</c> property already fails (the generator writes C#
    /// <c>required</c>); with this, a <c>null</c> where the document says non-null fails too.</item>
    /// <item>Writing: an optional property left unset is left out, as the document allows, instead of being
    /// sent as <c>null</c>, which the API refuses for non-nullable members. Required ones are always sent,
    /// <c>null</c> included where the document says nullable.</item>
    /// <item>Enums everywhere as their documented string values: NSwag puts a string-enum converter on enum
    /// properties but not on lists of enums, which would otherwise travel as numbers.</item>
    /// </list>
    /// </summary>
    /// <summary>The settings this client reads responses with, to read a problem from a response body by its <c>type</c>.</summary>
    internal static JsonSerializerOptions ResponseSettings => _settings.Value;

    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.RespectNullableAnnotations = true;
        settings.Converters.Add(new JsonStringEnumConverter());
        settings.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutUnsetOptionalProperties } };
    }

    private static void LeaveOutUnsetOptionalProperties(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => !p.IsRequired))
        {
            property.ShouldSerialize = (_, value) => value is not null;
        }
    }
}
