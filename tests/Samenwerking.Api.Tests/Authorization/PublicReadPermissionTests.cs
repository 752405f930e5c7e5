using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Api.PublicRegister;
using Samenwerking.Api.Tests.Register;

namespace Samenwerking.Api.Tests.Authorization;

/// <summary>
/// The public register's reads, found from the endpoint list (so a new one joins by itself), tried by six callers: no
/// token, a token that is no good, a read-only token, a participant's user, an outsider's user and an administrator. A
/// token is never needed and never widens what they show: every caller gets the very same bytes.
/// </summary>
public sealed class PublicReadPermissionTests(ApiFactory api)
{
    private const string Participant = "GM0373";

    [Fact]
    public void There_are_public_reads_to_check() => Assert.Equal(6, PublicReads().Count);

    [Fact]
    public void Only_the_public_reads_are_open_without_a_token()
    {
        var open = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Where(e => e.Metadata.GetMetadata<PublicReadMetadata>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(open.Count == 0, "Open without a token but not a public read: " + string.Join(", ", open));
    }

    [Fact]
    public async Task Every_public_read_answers_everyone_the_same_without_needing_a_token()
    {
        var scenario = await PublicRegisterScenario.CreateAsync(api.Writer(), Participant);
        var callers = new (string Name, HttpClient Client)[]
        {
            ("no token", api.ClientWith()),
            ("a token that is no good", api.ClientWithToken(TestTokens.Create([TestTokens.ReadScope], expires: DateTime.UtcNow.AddHours(-1)))),
            ("a read-only token", api.Reader()),
            ("a participant's user", api.MunicipalUser(Participant)),
            ("an outsider's user", api.MunicipalUser("GM0363")),
            ("an administrator", api.Writer()),
        };
        var failures = new List<string>();
        foreach (var endpoint in PublicReads())
        {
            var url = endpoint.RoutePattern.RawText!.Replace("{code}", Participant, StringComparison.Ordinal)
                .Replace("{id}", scenario.Id.ToString(), StringComparison.Ordinal);
            byte[]? anonymous = null;
            foreach (var (name, client) in callers)
            {
                var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"GET {url} by {name}: expected 200, got {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
                    continue;
                }

                anonymous ??= body;
                if (!body.AsSpan().SequenceEqual(anonymous))
                {
                    failures.Add($"GET {url} by {name}: shows something else than to a caller without a token");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private List<RouteEndpoint> PublicReads() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PublicReadMetadata>() is not null)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)
            .ToList();
}
