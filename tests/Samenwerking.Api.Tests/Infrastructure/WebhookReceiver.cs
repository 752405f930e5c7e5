using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>A webhook receiver on 127.0.0.1 (Kestrel, a free port) that records every request it gets.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly bool failFirstAttempt;
    private readonly ConcurrentDictionary<string, bool> attempted = new();

    private WebhookReceiver(WebApplication app, bool failFirstAttempt)
    {
        this.app = app;
        this.failFirstAttempt = failFirstAttempt;
    }

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public string Url => app.Urls.First() + "/hook";

    /// <summary>Starts a receiver that answers 204, or with <paramref name="failFirstAttempt"/> 500 to the first attempt of every event.</summary>
    public static async Task<WebhookReceiver> StartAsync(bool failFirstAttempt = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failFirstAttempt);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var failed = receiver.failFirstAttempt && receiver.attempted.TryAdd(request.Headers["webhook-id"].ToString(), true);
            receiver.Deliveries.Enqueue(new Delivery(
                request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
                request.Headers["webhook-signature"].ToString(), request.ContentType ?? "", body, failed));
            return failed ? Results.StatusCode(500) : Results.NoContent();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits (at most 30 s) until the accepted deliveries about <paramref name="subject"/> number <paramref name="count"/>.</summary>
    public async Task<List<Delivery>> AcceptedAboutAsync(Guid subject, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var accepted = Deliveries.Where(d => !d.Failed && d.Subject == subject.ToString()).ToList();
            if (accepted.Count >= count || DateTime.UtcNow > deadline)
            {
                return accepted;
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    public sealed record Delivery(string Id, string Timestamp, string Signature, string ContentType, string Body, bool Failed)
    {
        public JsonElement CloudEvent => JsonDocument.Parse(Body).RootElement;

        public string Subject => CloudEvent.GetProperty("subject").GetString()!;

        public string Type => CloudEvent.GetProperty("type").GetString()!;
    }
}
