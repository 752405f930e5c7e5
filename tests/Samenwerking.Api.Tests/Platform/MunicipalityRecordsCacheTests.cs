using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samenwerking.Infrastructure.Persistence;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// The municipalities' reference data is read once and kept, but never for longer than its maximum age, and not
/// at all once this instance loaded a newer reference file.
/// </summary>
public sealed class MunicipalityRecordsCacheTests(ApiFactory api)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_records_are_read_once_and_hold_every_municipality_with_its_history()
    {
        using var cache = new MunicipalityRecordsCache(new FakeTimeProvider());
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();

        var first = await cache.GetAsync(db, Cancellation);
        var second = await cache.GetAsync(db, Cancellation);

        Assert.Same(first, second);
        Assert.Contains(first["GM0363"], m => m.Name == "Amsterdam");
        Assert.True(first.Count > 300);
    }

    [Fact]
    public async Task The_records_are_read_again_once_older_than_their_maximum_age()
    {
        var time = new FakeTimeProvider();
        using var cache = new MunicipalityRecordsCache(time);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        var first = await cache.GetAsync(db, Cancellation);

        time.Advance(MunicipalityRecordsCache.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Same(first, await cache.GetAsync(db, Cancellation));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.NotSame(first, await cache.GetAsync(db, Cancellation));
    }

    [Fact]
    public async Task Loading_a_reference_file_that_changes_a_record_makes_the_next_request_read_them_again()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var cache = scope.ServiceProvider.GetRequiredService<MunicipalityRecordsCache>();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        // A record that differs from the shipped file, as after a CBS correction.
        await db.Database.ExecuteSqlRawAsync("update municipalities set name = 'Amsterdam (oud)' where code = 'GM0363'", Cancellation);
        var before = await cache.GetAsync(db, Cancellation);
        Assert.Contains(before["GM0363"], m => m.Name == "Amsterdam (oud)");

        await scope.ServiceProvider.GetRequiredService<MunicipalityReferenceDataLoader>().LoadAsync(Cancellation);

        var after = await cache.GetAsync(db, Cancellation);
        Assert.Contains(after["GM0363"], m => m.Name == "Amsterdam");
    }
}
