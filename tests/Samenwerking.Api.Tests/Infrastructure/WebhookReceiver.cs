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
    private readonly Behaviour behaviour;
    private readonly ConcurrentDictionary<string, bool> attempted = new();
    private readonly CancellationTokenSource stopping = new();
    private int open;

    private WebhookReceiver(WebApplication app, Behaviour behaviour)
    {
        this.app = app;
        this.behaviour = behaviour;
    }

    /// <summary>How the receiver answers: 204 to everything, 500 to each event's first attempt, a fixed status, or never.</summary>
    public enum Behaviour
    {
        Accept,
        FailFirstAttempt,
        AlwaysFail,
        NeverAnswer,
    }

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    /// <summary>Requests that arrived and have not been answered yet (a <see cref="Behaviour.NeverAnswer"/> receiver keeps them all).</summary>
    public int Open => Volatile.Read(ref open);

    public string Url => app.Urls.First() + "/hook";

    /// <summary>Starts a receiver that answers 204, or with <paramref name="failFirstAttempt"/> 500 to the first attempt of every event.</summary>
    public static Task<WebhookReceiver> StartAsync(bool failFirstAttempt = false) =>
        StartAsync(failFirstAttempt ? Behaviour.FailFirstAttempt : Behaviour.Accept);

    public static async Task<WebhookReceiver> StartAsync(Behaviour behaviour)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, behaviour);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref receiver.open);
            try
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync();
                var id = request.Headers["webhook-id"].ToString();
                var failed = receiver.behaviour switch
                {
                    Behaviour.FailFirstAttempt => receiver.attempted.TryAdd(id, true),
                    Behaviour.AlwaysFail or Behaviour.NeverAnswer => true,
                    _ => false,
                };
                receiver.Deliveries.Enqueue(new Delivery(id, request.Headers["webhook-timestamp"].ToString(),
                    request.Headers["webhook-signature"].ToString(), request.ContentType ?? "", body, failed));
                if (receiver.behaviour == Behaviour.NeverAnswer)
                {
                    using var ended = CancellationTokenSource.CreateLinkedTokenSource(receiver.stopping.Token, request.HttpContext.RequestAborted);
                    await Task.Delay(Timeout.Infinite, ended.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return failed ? Results.StatusCode(500) : Results.NoContent();
            }
            finally
            {
                Interlocked.Decrement(ref receiver.open);
            }
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

    /// <summary>Waits (at most 30 s) until <paramref name="condition"/> holds; false when it never did.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    public sealed record Delivery(string Id, string Timestamp, string Signature, string ContentType, string Body, bool Failed)
    {
        public JsonElement CloudEvent => JsonDocument.Parse(Body).RootElement;

        public string Subject => CloudEvent.GetProperty("subject").GetString()!;

        public string Type => CloudEvent.GetProperty("type").GetString()!;
    }
}
