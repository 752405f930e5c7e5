using System.Text.Json;

// Same namespace as the generated client: this completes its partial class.
namespace Samenwerking.Api.ClientTests.Generated;

public partial class SamenwerkingApiClient
{
    /// <summary>
    /// The generated client already refuses a response without a <c>required</c> property (it uses the
    /// <c>required</c> keyword); this makes it refuse a <c>null</c> where the document says non-null too.
    /// A server that sends something the contract does not allow then fails the scenario.
    /// </summary>
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.RespectNullableAnnotations = true;
    }
}
