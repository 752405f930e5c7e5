using System.Net.Http.Headers;

namespace Samenwerking.Api.Tests.Register;

/// <summary>
/// The register as resources of their own (docs/adr/0014): `GET /register` and `GET /municipalities/{code}/register`
/// answer CSV only; `Accept: text/csv` on the JSON lists still answers the same CSV, announced as deprecated.
/// </summary>
public sealed class RegisterResourceTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task The_register_answers_the_filtered_collaborations_as_a_CSV_attachment_whatever_the_client_accepts()
    {
        var name = CollaborationApi.UniqueName("Register eigen");
        await writer.CreateAsync(name);

        var response = await writer.GetAsync("/api/v1/register?phase=verkenning&municipality=GM0489");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(RegisterCsv.Header + "\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(RegisterCsv.Rows(csv), row => row["naam"] == name);
        Assert.All(RegisterCsv.Rows(csv), row => Assert.Equal("verkenning", row["fase"]));
        Assert.False(response.Headers.Contains("Deprecation"));
    }

    [Fact]
    public async Task A_municipality_register_is_that_municipalitys_and_unknown_codes_are_404()
    {
        var name = CollaborationApi.UniqueName("Register gemeente");
        await writer.CreateAsync(name);

        var csv = await writer.ExportTextAsync("/api/v1/municipalities/GM0613/register");
        var missing = await writer.ExportAsync("/api/v1/municipalities/GM9999/register");

        Assert.Contains(RegisterCsv.Rows(csv), row => row["naam"] == name);
        Assert.All(RegisterCsv.Rows(csv), row => Assert.Contains("GM0613", row["deelnemers"], StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_register_refuses_a_client_that_only_takes_JSON_and_filters_the_list_would_refuse()
    {
        using var json = new HttpRequestMessage(HttpMethod.Get, "/api/v1/register");
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var notAcceptable = await writer.SendAsync(json);
        var invalid = await writer.GetAsync("/api/v1/register?municipality=Amsterdam");

        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        // The list's own validator: a name instead of a CBS code is refused, not answered with an empty register.
        Assert.True(errors.TryGetProperty("municipality", out _), errors.ToString());
    }

    [Fact]
    public async Task CSV_from_a_JSON_list_still_works_but_announces_its_end_and_its_successor()
    {
        var name = CollaborationApi.UniqueName("Register oud");
        await writer.CreateAsync(name);

        var old = await writer.ExportAsync("/api/v1/collaborations?phase=verkenning&municipality=GM0489&pageSize=5");
        var successor = await writer.GetAsync("/api/v1/register?phase=verkenning&municipality=GM0489");
        var json = await writer.GetAsync("/api/v1/collaborations?phase=verkenning&municipality=GM0489");

        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal("text/csv", old.Content.Headers.ContentType!.MediaType);
        // RFC 9745: a structured-field date (2026-12-07); RFC 8594: an HTTP date.
        Assert.Equal("@1796601600", old.Headers.GetValues("Deprecation").Single());
        Assert.Equal("Thu, 01 Jul 2027 00:00:00 GMT", old.Headers.GetValues("Sunset").Single());
        Assert.Equal("</api/v1/register?phase=verkenning&municipality=GM0489>; rel=\"successor-version\"", old.Headers.GetValues("Link").Single());
        Assert.Equal(await successor.Content.ReadAsStringAsync(), await old.Content.ReadAsStringAsync());
        Assert.False(json.Headers.Contains("Deprecation"));
        Assert.False(json.Headers.Contains("Sunset"));

        var municipal = await writer.ExportAsync("/api/v1/municipalities/GM0613/collaborations?includeFormer=true&page=2");
        Assert.Equal("</api/v1/municipalities/GM0613/register?includeFormer=true>; rel=\"successor-version\"", municipal.Headers.GetValues("Link").Single());
        Assert.Equal("@1796601600", municipal.Headers.GetValues("Deprecation").Single());
    }
}
