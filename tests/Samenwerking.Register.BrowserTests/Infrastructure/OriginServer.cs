using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Samenwerking.Register.BrowserTests.Infrastructure;

/// <summary>
/// A web server for another site: one empty page, served on two ports, so a browser sees two origins of which the API
/// allows one (<see cref="AllowedOrigin"/>) and not the other (<see cref="DisallowedOrigin"/>).
/// </summary>
public sealed class OriginServer : IAsyncDisposable
{
    public const string PagePath = "/andere-site.html";

    private WebApplication? app;

    public string AllowedOrigin { get; private set; } = "";

    public string DisallowedOrigin { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        app = builder.Build();
        app.MapGet(PagePath, () => Results.Content(
            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Andere site</title></head><body><p>Een andere site.</p></body></html>",
            "text/html; charset=utf-8"));
        await app.StartAsync();
        var ports = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(address => new Uri(address).Port).ToList();
        AllowedOrigin = $"http://127.0.0.1:{ports[0]}";
        DisallowedOrigin = $"http://127.0.0.1:{ports[1]}";
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
