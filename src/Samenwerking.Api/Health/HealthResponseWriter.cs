using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samenwerking.Api.Health;

/// <summary>
/// Health answers as JSON, in both states, with the status of each check: a monitor or an operator sees
/// which dependency is down. Descriptions are written for operators; exception texts are never included.
/// </summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = Name(report.Status),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = Name(entry.Value.Status), description = entry.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    // Lower case like every other value of the API ("healthy", "degraded", "unhealthy").
    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();
}
