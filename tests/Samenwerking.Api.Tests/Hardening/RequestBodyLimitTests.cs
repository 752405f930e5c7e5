using System.Text;
using Microsoft.AspNetCore.Hosting;
using Samenwerking.Api.Tests.Register;

namespace Samenwerking.Api.Tests.Hardening;

/// <summary>A body over <c>Limits:MaxRequestBodyBytes</c> is 413 before anything parses it.</summary>
public sealed class RequestBodyLimitTests(ApiFactory api)
{
    private const int DefaultLimit = 256 * 1024;

    /// <summary>Content that does not say how long it is, so it travels chunked.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    // Not even JSON: a 413 rather than a 400 shows the size was checked before parsing.
    private static byte[] Junk(int size) => Encoding.ASCII.GetBytes(new string('x', size));

    [Fact]
    public async Task A_body_over_the_default_limit_is_413_problem()
    {
        var content = new ByteArrayContent(Junk(DefaultLimit + 1));
        content.Headers.ContentType = new("application/json");

        var response = await api.Writer().PostAsync(CollaborationApi.Path, content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "urn:samenwerking:problem:request-too-large");
        Assert.Contains("262144", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_register_file_may_be_larger_than_a_json_body_up_to_its_own_limit()
    {
        // About 300 KiB of rows: over the JSON limit, well under the file limit, so the import reads and reports it.
        var rows = new StringBuilder(Register.RegisterCsv.Header).Append("\r\n");
        while (rows.Length <= DefaultLimit + 40 * 1024)
        {
            rows.Append(Register.RegisterCsv.Row(CollaborationApi.UniqueName("Groot bestand"))).Append("\r\n");
        }

        var accepted = await api.Writer().ImportAsync(rows.ToString(), dryRun: true);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        await using var small = api.WithWebHostBuilder(builder => builder.UseSetting("Limits:MaxFileUploadBytes", "1000"));
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope, TestTokens.AdminScope]));
        var refused = await client.ImportAsync(rows.ToString(), dryRun: true);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "urn:samenwerking:problem:request-too-large");
        Assert.Contains("1000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CollaborationApi.Path) { Content = new UnsizedContent(Junk(DefaultLimit + 1)) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await api.Writer().SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "urn:samenwerking:problem:request-too-large");
    }

    [Fact]
    public async Task A_chunked_body_within_the_limit_is_read_as_usual()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { name = CollaborationApi.UniqueName("Chunked"), participants = new[] { new { municipalityCode = "GM0489" } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, CollaborationApi.Path) { Content = new UnsizedContent(json) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await api.Writer().SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task The_limit_is_configurable()
    {
        await using var small = api.WithWebHostBuilder(builder => builder.UseSetting("Limits:MaxRequestBodyBytes", "1000"));
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope]));
        var content = new ByteArrayContent(Junk(1001));
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync(CollaborationApi.Path, content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "urn:samenwerking:problem:request-too-large");
        Assert.Contains("1000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
