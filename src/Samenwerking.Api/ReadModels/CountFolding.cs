using Samenwerking.Api.Startup;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.ReadModels;

/// <summary>
/// Folds the counts the database keeps now and then. Counts are exact without it; folding keeps them cheap to read. Every
/// instance may run it: the database lets one fold at a time and the others skip their turn.
/// </summary>
public sealed class CountFolding(IServiceScopeFactory scopes, TimeProvider time, ILogger<CountFolding> logger)
    : PeriodicWork(scopes, time, logger)
{
    protected override string Doing => "Folding the kept counts";

    // A busy hour appends a few thousand rows; folded each minute, a count adds up tens of rows at most.
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override bool RunsAtStart => true;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        $"{await services.GetRequiredService<CountFolder>().FoldAsync(cancellationToken)} row(s) written";
}
