using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Samenwerking.Api.Tests.Hardening;

/// <summary>
/// Requests the web server itself may refuse, sent byte for byte over a socket to a real Kestrel (the in-memory test
/// host parses no request line). A header value that is no UTF-8 text reaches the application and gets a problem;
/// what Kestrel still refuses before the application runs gets its bare 400, as docs/integration.md says.
/// </summary>
public sealed class KestrelRefusalTests(ApiFactory api) : IAsyncLifetime
{
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? kestrel;
    private Uri address = null!;

    public ValueTask InitializeAsync()
    {
        // A port the system picks: a factory made by WithWebHostBuilder loses UseKestrel(0)'s port and binds 5000, taken at times.
        kestrel = api.WithWebHostBuilder(builder => builder.UseUrls("http://127.0.0.1:0"));
        kestrel.UseKestrel();
        kestrel.StartServer();
        address = new Uri(kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (kestrel is not null)
        {
            await kestrel.DisposeAsync();
        }
    }

    /// <summary>The raw answer: status line, headers and body as Latin-1 text.</summary>
    private async Task<(int Status, string Head, string Body)> SendAsync(byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(request);
        using var response = new MemoryStream();
        await stream.CopyToAsync(response);
        var text = Encoding.Latin1.GetString(response.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (int.Parse(text[9..12], System.Globalization.CultureInfo.InvariantCulture), text[..split], text[(split + 4)..]);
    }

    private static byte[] Get(string target, params byte[][] headerLines) =>
    [
        .. Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept-Language: nl\r\n"),
        .. headerLines.SelectMany(line => line.Concat("\r\n"u8.ToArray())),
        .. "\r\n"u8.ToArray(),
    ];

    private static byte[] Bytes(string ascii, params byte[] then) => [.. Encoding.ASCII.GetBytes(ascii), .. then];

    [Theory]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9 })] // "Café" in Windows-1252
    [InlineData(new byte[] { 0x61, 0x1B, 0x5B, 0x33, 0x31, 0x6D })]
    public async Task A_header_value_that_is_no_text_is_a_problem_naming_the_header(byte[] value)
    {
        var (status, head, body) = await SendAsync(Get("/api/v1/municipalities", Bytes("X-Naam: ", value)));

        Assert.Equal(400, status);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        var problem = JsonDocument.Parse(body.Contains('{') ? body[body.IndexOf('{')..(body.LastIndexOf('}') + 1)] : "{}").RootElement;
        Assert.Equal("urn:samenwerking:problem:invalid-input", problem.GetProperty("type").GetString());
        Assert.Equal("De header 'X-Naam' moet UTF-8-tekst zonder stuurtekens zijn.", problem.GetProperty("errors").GetProperty("X-Naam")[0].GetString());
    }

    [Fact]
    public async Task A_header_value_in_utf8_is_read_as_text()
    {
        var (status, _, _) = await SendAsync(Get("/api/v1/municipalities", Bytes("X-Naam: Caf", 0xC3, 0xA9)));

        Assert.Equal(401, status);
    }

    /// <summary>Kestrel refuses a NUL in a header value (and a header name that is no token) whatever the header encoding.</summary>
    [Theory]
    [InlineData(new byte[] { 0x58, 0x2D, 0x4E, 0x61, 0x61, 0x6D, 0x3A, 0x20, 0x61, 0x00, 0x62 })] // "X-Naam: a\0b"
    [InlineData(new byte[] { 0x58, 0x20, 0x4E, 0x61, 0x61, 0x6D, 0x3A, 0x20, 0x61 })] // "X Naam: a"
    public async Task What_kestrel_refuses_in_a_header_line_is_a_bare_400(byte[] headerLine)
    {
        var (status, head, body) = await SendAsync(Get("/api/v1/municipalities", headerLine));

        Assert.Equal(400, status);
        Assert.DoesNotContain("API-Version", head, StringComparison.Ordinal);
        Assert.Equal("", body);
    }

    /// <summary>Refused by Kestrel while it parses the request line: nothing of the application runs.</summary>
    [Theory]
    [InlineData("a NUL byte in the path", new byte[] { 0x2F, 0x61, 0x00, 0x62 })]
    [InlineData("an encoded NUL in the path", new byte[] { 0x2F, 0x61, 0x25, 0x30, 0x30 })]
    [InlineData("a byte that is no ASCII in the path", new byte[] { 0x2F, 0x63, 0x61, 0x66, 0xE9 })]
    public async Task What_kestrel_refuses_in_the_request_line_is_a_bare_400(string what, byte[] target)
    {
        var request = Bytes("GET ", [.. target, .. Encoding.ASCII.GetBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")]);

        var (status, head, body) = await SendAsync(request);

        Assert.True(status == 400, $"{what}: {status}");
        Assert.DoesNotContain("API-Version", head, StringComparison.Ordinal);
        Assert.Equal("", body);
    }
}
