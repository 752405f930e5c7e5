namespace Samenwerking.Api.ClientTests.Scenarios;

/// <summary>An integrator following changes through the generated client: typed CloudEvents and a cursor.</summary>
public sealed class ChangeFeedScenario(ApiFactory api) : ClientScenario(api)
{
    // The contract's EventType enumeration, as NSwag names its value "nl.samenwerking.evaluation-framework.created".
    private const EventType FrameworkCreated = EventType.Nl_samenwerking_evaluationFramework_created;

    [Fact]
    public async Task Follow_the_feed_with_typed_events_and_the_cursor()
    {
        // The shipped evaluation frameworks were defined when the API first started: they are in the feed.
        var first = (await Reader.ListEventsAsync(after: null, limit: 1, type: FrameworkCreated)).Result;
        var next = (await Reader.ListEventsAsync(after: first.Cursor, limit: 1, type: FrameworkCreated)).Result;

        var cloudEvent = Assert.Single(first.Events);
        Assert.Equal("1.0", cloudEvent.Specversion);
        Assert.Equal(FrameworkCreated, cloudEvent.Type);
        Assert.Equal(cloudEvent.Subject, cloudEvent.Data.FrameworkId.ToString());
        Assert.True(cloudEvent.Data.CriterionCount > 0);
        Assert.NotEqual(cloudEvent.Id, Assert.Single(next.Events).Id);
        Assert.NotEqual(first.Cursor, next.Cursor);
    }
}
