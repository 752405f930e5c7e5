using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Domain.Tests.Subscriptions;

public sealed class SubscriptionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Subscription New() => Subscription.Create("owner", new Uri("https://ontvanger.example/hook"),
        ["nl.samenwerking.collaboration.created"], null, "whsec_c2VjcmV0", 10, 5, Start);

    [Fact]
    public void Pauses_between_attempts_double()
    {
        var subscription = New();

        subscription.DeliveryFailed("500", Start, TimeSpan.FromSeconds(30));
        var first = subscription.NextAttemptAt - Start;
        subscription.DeliveryFailed("500", Start, TimeSpan.FromSeconds(30));
        var second = subscription.NextAttemptAt - Start;
        subscription.DeliveryFailed("500", Start, TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), first);
        Assert.Equal(TimeSpan.FromSeconds(60), second);
        Assert.Equal(TimeSpan.FromSeconds(120), subscription.NextAttemptAt - Start);
        Assert.Equal(3, subscription.FailedAttempts);
    }

    [Fact]
    public void A_day_of_failures_stops_the_subscription_and_less_does_not()
    {
        var subscription = New();

        subscription.DeliveryFailed("500", Start, TimeSpan.FromSeconds(30));
        subscription.DeliveryFailed("500", Start.AddHours(23).AddMinutes(59), TimeSpan.FromSeconds(30));
        var beforeADay = subscription.IsFailing;
        subscription.DeliveryFailed("timeout", Start.AddHours(24), TimeSpan.FromSeconds(30));

        Assert.False(beforeADay);
        Assert.True(subscription.IsFailing);
        Assert.Equal(Start, subscription.FailingSince);
        Assert.Equal("timeout", subscription.LastError);
    }

    [Fact]
    public void A_delivery_moves_the_position_and_clears_the_failures()
    {
        var subscription = New();
        subscription.DeliveryFailed("500", Start, TimeSpan.FromSeconds(30));
        var eventId = Guid.NewGuid();

        subscription.Delivered(eventId, 11, 7, Start.AddMinutes(1));

        Assert.Equal((11L, 7L), (subscription.CursorTransactionId, subscription.CursorSequence));
        Assert.Equal(eventId, subscription.LastDeliveredEventId);
        Assert.Null(subscription.FailingSince);
        Assert.Equal(0, subscription.FailedAttempts);
    }
}
