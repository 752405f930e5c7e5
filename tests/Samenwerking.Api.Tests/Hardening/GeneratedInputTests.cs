using System.Text;
using System.Text.Json.Nodes;
using Samenwerking.Api.Tests.Hardening.Generated;

namespace Samenwerking.Api.Tests.Hardening;

/// <summary>
/// Generated hostile input against every operation of the committed contract (a new endpoint is covered
/// by being in the document). For each operation a fixed number of requests, each with one hostile change
/// to an otherwise valid request: a path or query value, the If-Match header, or one place in the body.
/// Whatever the input: no 5xx, every 4xx is a problem, and a 400 names the field it refuses.
/// </summary>
public sealed class GeneratedInputTests(ApiFactory api)
{
    private const int Seed = 20261129;
    private const int CasesPerOperation = 20;

    private static readonly string[] HostileIfMatch = ["W/\"1\"", "\"\"", "\"", ",,,", "\"1\", W/\"2\"", "\"4294967296\"", "\"-1\"", "*, \"1\"", "abc"];

    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task No_generated_input_gets_a_5xx_and_every_refusal_is_a_problem_naming_its_field()
    {
        var contract = ContractOperations.Load();
        var operations = contract.All();
        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in operations)
        {
            // Seeded per operation, so adding an endpoint changes nobody else's cases.
            var generate = new InputGenerator(new Random(Seed ^ StableHash(operation.OperationId)), contract);
            var mutations = new BodyMutations(generate, contract);
            var resources = await ResourcesAsync();
            for (var i = 0; i < CasesPerOperation; i++)
            {
                var (request, change) = Build(contract, operation, generate, mutations, resources, i);
                using (request)
                {
                    var response = await writer.SendAsync(request);
                    sent++;
                    if (await ProblemWithAsync(response) is { } problem)
                    {
                        failures.Add($"{operation} [{change}] → {(int)response.StatusCode}: {problem}");
                    }
                }

                if (operation.Method is "delete" or "post" or "put" && i % 6 == 5)
                {
                    resources = await ResourcesAsync();
                }
            }
        }

        Assert.True(sent >= operations.Count * CasesPerOperation);
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} generated requests went wrong:\n" + string.Join('\n', failures.Take(40)));
    }

    /// <summary>
    /// Not sampled: every place of every body the contract describes (every member of every nested object, the items
    /// of every list, also where the example leaves them out) gets every hostile kind of value, in an otherwise
    /// valid body. A null in <c>register.powers</c> was a 500 that sampling never reached.
    /// </summary>
    [Fact]
    public async Task Every_place_in_every_body_takes_every_hostile_kind_of_value_without_a_5xx()
    {
        var contract = ContractOperations.Load();
        var failures = new List<string>();
        var sent = 0;
        var reachedDeep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in contract.All().Where(o => o.BodySchema is not null))
        {
            var generate = new InputGenerator(new Random(Seed), contract);
            var places = new BodyPlaces(contract, generate);
            var resources = await ResourcesAsync();
            var start = WithOwnName(operation.BodyExample?.DeepClone() ?? generate.Plausible(operation.BodySchema!))!;
            foreach (var place in places.All(operation.BodySchema!))
            {
                if (place.Path.Count > 2)
                {
                    reachedDeep.Add($"{operation.OperationId} {place}");
                }

                foreach (var value in generate.EveryHostileKind(place.Schema))
                {
                    var (body, set) = places.Reach(start, operation.BodySchema!, place);
                    set(value?.DeepClone());
                    using var request = BodyRequest(contract, operation, resources, body.ToJsonString());
                    var response = await writer.SendAsync(request);
                    sent++;
                    if (await ProblemWithAsync(response) is { } problem)
                    {
                        failures.Add($"{operation} [{place} = {Shorten(value?.ToJsonString() ?? "null")}] → {(int)response.StatusCode}: {problem}");
                    }
                }
            }
        }

        // The walk must reach into nested objects and lists, or it proves nothing about them.
        Assert.Contains("createCollaboration register.powers[0].description", reachedDeep);
        Assert.Contains("updateCollaboration register.seat.place", reachedDeep);
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests went wrong:\n" + string.Join('\n', failures.Take(40)));
    }

    private static HttpRequestMessage BodyRequest(ContractOperations contract, ContractOperation operation,
        Dictionary<string, string> resources, string body)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + parameter.Name + "}", resources.GetValueOrDefault(parameter.Name) ?? Guid.NewGuid().ToString(),
                StringComparison.Ordinal);
        }

        var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), contract.BasePath + path)
        {
            Content = new StringContent(body, Encoding.UTF8, operation.BodyMediaType!),
        };
        if (operation.Parameters.Any(p => p.In == "header" && p.Name == "If-Match"))
        {
            request.Headers.TryAddWithoutValidation("If-Match", "*");
        }

        return request;
    }

    /// <summary>Real resources for the path, so requests get past 404 to validation and the handlers.</summary>
    private async Task<Dictionary<string, string>> ResourcesAsync()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var (frameworkId, _) = await writer.CreateFrameworkAsync("criteriumEen", "criteriumTwee");
        return new Dictionary<string, string>
        {
            ["id"] = collaboration.Id.ToString(),
            ["frameworkId"] = frameworkId.ToString(),
            ["code"] = "GM0489",
            ["municipalityCode"] = "GM0489",
        };
    }

    /// <summary>
    /// Names are unique in the one test database: a body sent with its example's name would take that name from
    /// the tests that prove the examples are accepted, so every body starts with a name of its own.
    /// </summary>
    private static JsonNode? WithOwnName(JsonNode? body)
    {
        if (body is JsonObject members && members["name"] is JsonValue)
        {
            members["name"] = CollaborationApi.UniqueName("Invoer");
        }

        return body;
    }

    private static (HttpRequestMessage Request, string Change) Build(ContractOperations contract, ContractOperation operation,
        InputGenerator generate, BodyMutations mutations, Dictionary<string, string> resources, int index)
    {
        var pathValues = new Dictionary<string, string>();
        var query = new List<string>();
        var ifMatch = operation.Parameters.Any(p => p.In == "header" && p.Name == "If-Match") ? "*" : null;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            pathValues[parameter.Name] = resources.GetValueOrDefault(parameter.Name) ?? Guid.NewGuid().ToString();
        }

        // Every other case changes a parameter, when there is one; the rest change the body (or, without one, a parameter too).
        var targets = operation.Parameters.Where(p => p.In is "path" or "query" || p.Name == "If-Match").ToList();
        var change = "none";
        string? body = operation.BodySchema is null
            ? null
            : WithOwnName(operation.BodyExample?.DeepClone() ?? generate.Plausible(operation.BodySchema))?.ToJsonString();
        if (targets.Count > 0 && (operation.BodySchema is null || index % 2 == 0))
        {
            var target = generate.Pick(targets);
            if (target.In == "header")
            {
                ifMatch = generate.Pick(HostileIfMatch);
                change = $"If-Match: {ifMatch}";
            }
            else
            {
                var value = generate.HostileText(target.Schema);
                if (target.In == "path")
                {
                    // A NUL in the path never reaches the application: the HTTP layer refuses the request line.
                    value = value.Replace("\u0000", "", StringComparison.Ordinal);
                    pathValues[target.Name] = value;
                }
                else
                {
                    query.Add($"{Uri.EscapeDataString(target.Name)}={Uri.EscapeDataString(value)}");
                }

                change = $"{target.Name}={Shorten(value)}";
            }

            // Sometimes a second query value is valid-but-extreme paging, the overflow a fuzzer found first.
            if (operation.Parameters.Any(p => p.Name == "page") && generate.Chance(30))
            {
                query.Add($"page={generate.Pick(["2147483647", "0", "-1"])}&pageSize={generate.Pick(["100", "0", "2147483647"])}");
            }
        }
        else if (operation.BodySchema is not null)
        {
            (body, change) = mutations.Mutate(JsonNode.Parse(body!)!, operation.BodySchema);
        }

        var path = operation.Path;
        foreach (var (name, value) in pathValues)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()),
            contract.BasePath + path + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, operation.BodyMediaType ?? "application/json");
        }

        return (request, change);
    }

    /// <summary>What is wrong with the response, or null when it is an acceptable answer to hostile input.</summary>
    private static async Task<string?> ProblemWithAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            return Shorten(text, 300);
        }

        if (status < 400)
        {
            return null;
        }

        if (status == 429)
        {
            return "rate limited: the shared test host runs without the limiter, or these requests never reach validation";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"a {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
        }

        if (status == 400)
        {
            var problem = JsonNode.Parse(text)!;
            if (problem["errors"] is not JsonObject { Count: > 0 } errors || errors.Any(e => string.IsNullOrWhiteSpace(e.Key)))
            {
                return "a 400 that names no field: " + Shorten(text, 300);
            }
        }

        return null;
    }

    private static string Shorten(string text, int length = 40) =>
        text.Length > length ? text[..length] + "…" : text;

    private static int StableHash(string text) =>
        text.Aggregate(unchecked((int)2166136261), (hash, c) => unchecked((hash ^ c) * 16777619));
}
