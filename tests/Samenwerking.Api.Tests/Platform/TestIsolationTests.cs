namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// The guarantee the other test classes build on (see <see cref="ApiPerTestClass"/>): a class starts from the
/// reference data and nothing else, whatever other classes wrote before or write meanwhile. One test only, so
/// nothing in this class writes first.
/// </summary>
public sealed class TestIsolationTests(ApiFactory api)
{
    [Fact]
    public async Task A_test_class_starts_with_the_reference_data_and_no_collaborations_of_other_classes()
    {
        var reader = api.Reader();

        var collaborations = await reader.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?pageSize=1");
        var municipalities = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?name=Barendrecht");
        var frameworks = await reader.GetFromJsonAsync<JsonElement>(EvaluationApi.FrameworksPath);

        Assert.Empty(collaborations.GetProperty("items").EnumerateArray());
        Assert.Equal("GM0489", Assert.Single(municipalities.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.NotEmpty(frameworks.GetProperty("items").EnumerateArray());
    }
}
