using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Startup;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// A bare app with the API's JSON and OpenAPI setup and only the endpoints a test maps, so the
/// document generation can be tested on shapes the real API does not have (yet).
/// </summary>
public static class ThrowawayApi
{
    public static async Task<JsonNode> OpenApiDocumentAsync(Action<WebApplication> mapEndpoints,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Services.AddApiJson();
        builder.Services.AddApiOpenApi();
        configureServices?.Invoke(builder.Services);
        await using var app = builder.Build();
        app.UseApiOpenApi();
        mapEndpoints(app);
        await app.StartAsync();
        var document = await app.GetTestClient().GetStringAsync(OpenApiSetup.DocumentPath);
        await app.StopAsync();
        return JsonNode.Parse(document)!;
    }
}
