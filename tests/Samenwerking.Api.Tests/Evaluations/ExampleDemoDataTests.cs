using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Infrastructure.DemoData;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Evaluations;

public sealed class ExampleDemoDataTests(ApiFactory api)
{
    private readonly HttpClient reader = api.Reader();

    private async Task SeedAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_fictional_example_shows_evaluations_and_a_trend_and_is_added_once()
    {
        await SeedAsync();
        await SeedAsync();

        var page = await reader.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q=voorbeeldsamenwerking");
        var example = Assert.Single(page.GetProperty("items").Items());
        Assert.Equal("Voorbeeldsamenwerking (fictief)", example.GetProperty("name").GetString());
        Assert.Equal("doorontwikkeling", example.GetProperty("phase").GetString());
        var id = example.GetProperty("id").GetGuid();
        var evaluations = await reader.GetItemsAsync($"{CollaborationApi.Path}/{id}/evaluations");
        Assert.Equal(4, evaluations.GetArrayLength());
        var trend = await reader.GetFromJsonAsync<JsonElement>(
            $"{CollaborationApi.Path}/{id}/evaluations/trend?frameworkId={EvaluationApi.DefaultFrameworkId}");
        Assert.Equal(9, trend.GetProperty("criteria").GetArrayLength());
        Assert.All(trend.GetProperty("criteria").Items(), series => Assert.Equal(3, series.GetProperty("points").GetArrayLength()));
        var activities = await reader.GetItemsAsync($"{CollaborationApi.Path}/{id}/development-activities");
        Assert.Equal(3, activities.GetArrayLength());
    }

    [Fact]
    public async Task Demo_scores_go_to_the_fictional_example_only()
    {
        await SeedAsync();

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        var evaluated = await db.Evaluations
            .Where(e => e.RecordedBySubject == Samenwerking.Domain.Common.Actor.System.Subject)
            .Join(db.Collaborations, e => e.CollaborationId, c => c.Id, (_, c) => c.Name)
            .Distinct()
            .ToListAsync();

        Assert.Equal([ExampleEvaluationsDemoData.Name], evaluated);
        Assert.Contains("fictief", ExampleEvaluationsDemoData.Name, StringComparison.Ordinal);
    }
}
