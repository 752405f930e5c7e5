using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Samenwerking.Api.KiotaClientTests.Infrastructure;

/// <summary>
/// Base of every Kiota scenario: the in-process API reached only through the client Kiota generated from the committed
/// OpenAPI document, over an HttpClient with Kiota's own middleware (so response headers can be inspected), as an
/// integrator would set it up.
/// </summary>
public abstract class KiotaScenario(ApiFactory api)
{
    private static readonly string[] ScenarioMunicipalities = ["GM0296", "GM0489", "GM0613", "GM1771"];

    /// <summary>A municipal user (read and write, not an administrator) acting for the scenarios' municipalities.</summary>
    protected SamenwerkingKiotaClient Writer { get; } = ClientOver(api, api.MunicipalUser("GM0225", ScenarioMunicipalities));

    /// <summary>A municipal user of a municipality that takes part in none of the scenarios' collaborations.</summary>
    protected SamenwerkingKiotaClient Outsider { get; } = ClientOver(api, api.MunicipalUser("GM0363"));

    protected SamenwerkingKiotaClient Reader { get; } = ClientOver(api, api.ClientWith(TestTokens.ReadScope));

    protected static SamenwerkingKiotaClient ClientOver(ApiFactory api, HttpClient signedIn)
    {
        // The token of the fixture's client, on an HttpClient whose pipeline is Kiota's default one.
        var http = api.CreateDefaultClient(KiotaClientFactory.CreateDefaultHandlers().ToArray());
        http.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        // The document's server is relative (/api/v1): a client resolves it against where the API is hosted.
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = new Uri(http.BaseAddress!, "api/v1").ToString(),
        };
        return new SamenwerkingKiotaClient(adapter);
    }

    /// <summary>Lets a call collect its response headers (the ETag to send back as If-Match).</summary>
    protected static HeadersInspectionHandlerOption Headers() => new() { InspectResponseHeaders = true };

    protected static string ETagOf(HeadersInspectionHandlerOption headers) => headers.ResponseHeaders["ETag"].Single();

    /// <summary>A name no other test uses: the API refuses duplicate names.</summary>
    protected static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
