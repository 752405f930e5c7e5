using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Samenwerking.Api.ReferenceData;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>The listener for new municipality records ends when its host stops it, whether it was still connecting or already listening.</summary>
public sealed class MunicipalityRecordsListenerTests(ApiFactory api)
{
    [Fact(Timeout = 60_000)]
    public async Task Stopping_ends_the_listener_while_connecting_or_listening()
    {
        using var cache = new MunicipalityRecordsCache(new FakeTimeProvider());
        for (var round = 0; round < 10; round++)
        {
            using var listener = new MunicipalityRecordsListener(api.ConnectionString, cache, NullLogger<MunicipalityRecordsListener>.Instance);
            await listener.StartAsync(TestContext.Current.CancellationToken);
            // On some rounds still connecting, on others waiting for notifications.
            await Task.Delay(round % 5 * 40, TestContext.Current.CancellationToken);

            await listener.StopAsync(CancellationToken.None);

            Assert.True(listener.ExecuteTask!.IsCompleted, $"round {round}: the listener had not ended");
        }
    }
}
