using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Samenwerking.Api.ReferenceData;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// The listener for new municipality records stops within the host's call that stops it. When it ended later, on the
/// thread where its listening loop wound down, the host's stop went on there and a test host's synchronous Dispose waited
/// on itself: the API tests hung, now and then.
/// </summary>
public sealed class MunicipalityRecordsListenerTests(ApiFactory api)
{
    [Fact]
    public async Task Stopping_ends_the_listener_within_the_stop_call_however_its_listening_loop_winds_down()
    {
        using var cache = new MunicipalityRecordsCache(new FakeTimeProvider());
        for (var round = 0; round < 25; round++)
        {
            using var listener = new MunicipalityRecordsListener(api.ConnectionString, cache, NullLogger<MunicipalityRecordsListener>.Instance);
            await listener.StartAsync(TestContext.Current.CancellationToken);
            // Started (the host runs it on the thread pool); on some rounds still connecting, on others waiting for notifications.
            await Task.Delay(50 + (round % 5 * 30), TestContext.Current.CancellationToken);

            var stopping = listener.StopAsync(CancellationToken.None);

            Assert.True(stopping.IsCompletedSuccessfully, $"round {round}: the stop had to wait for the listening loop");
            Assert.True(listener.ExecuteTask!.IsCompletedSuccessfully, $"round {round}: the listener had not ended");
        }
    }
}
