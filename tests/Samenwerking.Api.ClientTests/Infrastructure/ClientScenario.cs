namespace Samenwerking.Api.ClientTests.Infrastructure;

/// <summary>
/// Base of every scenario: the in-process API reached only through the client generated from the
/// committed OpenAPI document, as an integrator would reach it. Add a scenario for a new resource as
/// a class deriving from this one in Scenarios/, after regenerating the document (build/openapi.sh).
/// </summary>
public abstract class ClientScenario(ApiFactory api)
{
    /// <summary>A client whose token has the read scope.</summary>
    protected ISamenwerkingApiClient Reader { get; } = ClientWith(api, TestTokens.ReadScope);

    /// <summary>
    /// A municipal user (read and write scopes, not an administrator) acting for the municipalities the
    /// scenarios create collaborations with, as an integrator's user of a shared service would.
    /// </summary>
    protected ISamenwerkingApiClient Writer { get; } = ClientOver(api.MunicipalUser("GM0225", ScenarioMunicipalities));

    /// <summary>A municipal user of a municipality that takes part in none of the scenarios' collaborations.</summary>
    protected ISamenwerkingApiClient Outsider { get; } = ClientOver(api.MunicipalUser("GM0363"));

    protected ISamenwerkingApiClient Anonymous { get; } = ClientWith(api);

    /// <summary>An administrator (scope `samenwerking.admin`): reference data and herindelingen are theirs alone.</summary>
    protected ISamenwerkingApiClient Administrator { get; } = ClientOver(api.Writer());

    private static readonly string[] ScenarioMunicipalities = ["GM0296", "GM0489", "GM0632", "GM1706", "GM1771"];

    private static SamenwerkingApiClient ClientWith(ApiFactory api, params string[] scopes) => ClientOver(api.ClientWith(scopes));

    private static SamenwerkingApiClient ClientOver(HttpClient http)
    {
        // The document's server is relative (/api/v1): a client resolves it against where the API is hosted.
        // Keeping the body as text lets a problem be read by its `type` (see ProblemFrom).
        return new SamenwerkingApiClient(http) { BaseUrl = new Uri(http.BaseAddress!, "api/v1/").ToString(), ReadResponseAsString = true };
    }

    /// <summary>The version a response carries, to send back as If-Match.</summary>
    protected static string ETagOf(SamenwerkingApiResponse response) => HeaderOf(response, "ETag");

    protected static string HeaderOf(SamenwerkingApiResponse response, string name) =>
        response.Headers.Single(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value.Single();

    /// <summary>A name no other test uses: the API refuses duplicate names.</summary>
    protected static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>
    /// Runs a call that must fail, and returns its problem as the generated class <typeparamref name="TProblem"/>
    /// (<c>ProblemDetails</c>, or the class of one problem type such as <c>ExitRulesNotMetProblem</c>).
    /// The status, type, title and detail are checked here so each scenario states only what is specific.
    /// </summary>
    protected static async Task<TProblem> ProblemFrom<TProblem>(Func<Task> call, int status, string type)
        where TProblem : class
    {
        var exception = await Assert.ThrowsAnyAsync<SamenwerkingApiException>(call);
        Assert.Equal(status, exception.StatusCode);
        Assert.Equal("application/problem+json", exception.Headers["Content-Type"].Single().Split(';')[0]);
        var problem = Typed<TProblem>(exception);
        // Every problem has the members of ProblemDetails: the typed ones inherit them from the base of their status.
        var common = Typed<ProblemDetails>(exception);
        Assert.Equal(status, common.Status);
        Assert.Equal(type, common.Type);
        Assert.False(string.IsNullOrWhiteSpace(common.Title));
        Assert.False(string.IsNullOrWhiteSpace(common.Detail));
        Assert.False(string.IsNullOrWhiteSpace(common.TraceId));
        return problem;
    }

    /// <summary>
    /// A typed problem extends the base of its status (<c>ConflictProblem</c>, <c>ForbiddenProblem</c>), which is discriminated
    /// on <c>type</c>: the body is read as that base with the client's own settings, so the generated inheritance converter
    /// must pick exactly <typeparamref name="TProblem"/> from the <c>type</c> the server sent. NSwag's exception holds the
    /// response's own class (the base narrowed to this operation's problems), whose converter it does not inherit.
    /// </summary>
    private static TProblem Typed<TProblem>(SamenwerkingApiException exception) where TProblem : class
    {
        var body = exception.Response ?? throw new InvalidOperationException("The problem body is empty.");
        var discriminated = typeof(TProblem).BaseType is { } parent && parent.IsDefined(typeof(JsonInheritanceConverterAttribute), inherit: false);
        var problem = System.Text.Json.JsonSerializer.Deserialize(body, discriminated ? typeof(TProblem).BaseType! : typeof(TProblem),
            SamenwerkingApiClient.ResponseSettings);
        return Assert.IsType<TProblem>(problem);
    }
}
