using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Samenwerking.Application.Common.Behaviours;

/// <summary>The names under which the application's spans and metrics are published.</summary>
public static class ApplicationTelemetry
{
    public const string SourceName = "Samenwerking.Application";
    public const string RequestTag = "samenwerking.request";
    public const string KindTag = "samenwerking.request.kind";
    public const string OutcomeTag = "samenwerking.request.outcome";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "samenwerking.request.duration", unit: "s", description: "Duration of each command and query, by use case and outcome.");
}
