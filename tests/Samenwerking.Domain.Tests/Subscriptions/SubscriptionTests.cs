using Samenwerking.Domain.Common;
using Samenwerking.Domain.Rules;
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

    [Fact]
    public void The_previous_secret_signs_until_its_overlap_ends()
    {
        var subscription = New();

        subscription.RotateSecret("whsec_bmlldXc=", TimeSpan.FromHours(1), Start);

        Assert.Equal(["whsec_bmlldXc=", "whsec_c2VjcmV0"], subscription.SigningSecrets(Start.AddMinutes(59)));
        Assert.Equal(["whsec_bmlldXc="], subscription.SigningSecrets(Start.AddHours(1)));
    }

    [Fact]
    public void A_second_rotation_drops_the_oldest_secret_at_once()
    {
        var subscription = New();

        subscription.RotateSecret("whsec_dHdlZQ==", TimeSpan.FromHours(1), Start);
        subscription.RotateSecret("whsec_ZHJpZQ==", TimeSpan.FromHours(1), Start.AddMinutes(1));

        Assert.Equal(["whsec_ZHJpZQ==", "whsec_dHdlZQ=="], subscription.SigningSecrets(Start.AddMinutes(2)));
    }

    [Fact]
    public void Redelivering_moves_the_position_back_and_starts_a_failing_subscription_again()
    {
        var subscription = New();
        subscription.DeliveryFailed("500", Start, TimeSpan.FromSeconds(30));
        subscription.DeliveryFailed("500", Start.AddDays(1), TimeSpan.FromSeconds(30));

        subscription.RedeliverFrom(new FeedPosition(3, 1), new FeedPosition(10, 5), Start.AddDays(2));

        Assert.Equal(new FeedPosition(3, 1), subscription.Position);
        Assert.False(subscription.IsFailing);
        Assert.Equal(Start.AddDays(2), subscription.NextAttemptAt);
    }

    [Fact]
    public void A_position_past_the_end_of_the_feed_is_refused()
    {
        var subscription = New();

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            subscription.RedeliverFrom(new FeedPosition(10, 6), new FeedPosition(10, 5), Start));

        Assert.Equal(Refusals.RedeliveryPastFeedEnd, refusal.Refusal);
        Assert.Equal(new FeedPosition(10, 5), subscription.Position);
    }

    [Fact]
    public void Only_a_failing_subscription_is_reactivated()
    {
        var subscription = New();
        var whileActive = Assert.Throws<DomainRuleViolationException>(() => subscription.Reactivate(Start));
        subscription.DeliveryFailed("500", Start, TimeSpan.FromSeconds(30));
        subscription.DeliveryFailed("500", Start.AddDays(1), TimeSpan.FromSeconds(30));

        subscription.Reactivate(Start.AddDays(2));

        Assert.Equal(Refusals.SubscriptionNotFailing, whileActive.Refusal);
        Assert.False(subscription.IsFailing);
        Assert.Equal(0, subscription.FailedAttempts);
        Assert.Equal(Start.AddDays(2), subscription.NextAttemptAt);
    }

    [Fact]
    public void A_new_callback_is_tried_at_once_and_the_old_ones_failures_are_forgotten()
    {
        var subscription = New();
        subscription.DeliveryFailed("500", Start, TimeSpan.FromMinutes(30));

        subscription.Edit(new Uri("https://nieuw.example/hook"), ["nl.samenwerking.collaboration.created"], "GM0489", Start.AddMinutes(1));

        Assert.Equal("https://nieuw.example/hook", subscription.CallbackUrl);
        Assert.Equal(0, subscription.FailedAttempts);
        Assert.Equal(Start.AddMinutes(1), subscription.NextAttemptAt);
        Assert.Equal("GM0489", subscription.MunicipalityCode);
    }
}
