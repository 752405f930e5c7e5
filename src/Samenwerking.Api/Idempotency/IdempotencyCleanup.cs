using Microsoft.Extensions.Options;
using Samenwerking.Api.Startup;
using Samenwerking.Infrastructure.Idempotency;

namespace Samenwerking.Api.Idempotency;

/// <summary>Deletes expired idempotency records now and then; every instance may do it, the deletes do not conflict.</summary>
public sealed class IdempotencyCleanup(IServiceScopeFactory scopes, IOptions<IdempotencyOptions> options, TimeProvider time,
    ILogger<IdempotencyCleanup> logger) : PeriodicWork(scopes, time, logger)
{
    protected override string Doing => "Removing expired idempotency records";

    protected override TimeSpan Interval => options.Value.CleanupInterval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        $"{await services.GetRequiredService<IdempotencyStore>().RemoveExpiredAsync(cancellationToken)} removed";
}
