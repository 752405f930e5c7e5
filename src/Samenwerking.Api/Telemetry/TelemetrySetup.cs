using Npgsql;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Samenwerking.Application.Common.Behaviours;

namespace Samenwerking.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs over OTLP, switched on by the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and the other <c>OTEL_*</c> variables the exporter reads). Without it
/// nothing is registered: no listener, so no spans are recorded and no measurements taken.
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string ServiceName = "samenwerking-api";

    public static WebApplicationBuilder AddApiTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointVariable]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: Http.ApiVersion.Full))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(ApplicationTelemetry.SourceName)
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(ApplicationTelemetry.SourceName)
                .AddOtlpExporter())
            // Log records carry the trace and span id of the request they were written in.
            .WithLogging(logging => logging.AddOtlpExporter());
        return builder;
    }
}
