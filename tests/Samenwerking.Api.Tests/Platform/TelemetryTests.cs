using System.Collections.Concurrent;
using System.Diagnostics;
using Samenwerking.Application.Common.Behaviours;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>Each command and query is a span in the request's trace, tagged with how it ended.</summary>
public sealed class TelemetryTests(ApiFactory api) : IDisposable
{
    private readonly ConcurrentBag<Activity> recorded = [];
    private ActivityListener? listener;

    private ActivityTraceId Listen()
    {
        var traceId = ActivityTraceId.CreateRandom();
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ApplicationTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            // Tests run in parallel: keep only the spans of this test's own trace.
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    recorded.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return traceId;
    }

    private static HttpRequestMessage InTrace(ActivityTraceId traceId, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return request;
    }

    [Fact]
    public async Task A_query_is_a_span_of_the_request_trace_with_its_outcome()
    {
        var created = await api.Writer().CreateAsync();
        var traceId = Listen();

        using (var found = InTrace(traceId, created.Url))
        {
            Assert.Equal(HttpStatusCode.OK, (await api.Reader().SendAsync(found)).StatusCode);
        }

        using (var missing = InTrace(traceId, $"{CollaborationApi.Path}/{Guid.NewGuid()}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.Reader().SendAsync(missing)).StatusCode);
        }

        var spans = recorded.Where(a => a.OperationName == "GetCollaborationQuery").ToList();
        Assert.Equal(2, spans.Count);
        Assert.All(spans, span => Assert.Equal("query", span.GetTagItem(ApplicationTelemetry.KindTag)));
        Assert.Equal(["not-found", "ok"], spans.Select(s => (string)s.GetTagItem(ApplicationTelemetry.OutcomeTag)!).Order());
        Assert.All(spans, span => Assert.NotEqual(ActivityStatusCode.Error, span.Status));
    }

    public void Dispose() => listener?.Dispose();
}
