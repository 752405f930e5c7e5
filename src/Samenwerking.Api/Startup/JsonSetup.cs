using System.Text.Json;
using System.Text.Json.Serialization;
using Samenwerking.Api.Json;

namespace Samenwerking.Api.Startup;

public static class JsonSetup
{
    /// <summary>
    /// Enums travel as their Dutch domain values in camelCase (<c>openbaarLichaam</c>), never as numbers.
    /// Swashbuckle reads the MVC options and minimal APIs the HTTP ones, so both get the same settings.
    /// </summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => Configure(options.JsonSerializerOptions));
        return services;
    }

    private static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new DomainValueConverterFactory());
        options.Converters.Add(new UtcTimestampConverter());
        // Not used for domain enums (the factory above comes first), but Swashbuckle reads it to describe enums as strings.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
    }
}
