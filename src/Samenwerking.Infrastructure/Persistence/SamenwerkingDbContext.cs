using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Infrastructure.Persistence;

public sealed class SamenwerkingDbContext(DbContextOptions<SamenwerkingDbContext> options)
    : DbContext(options), IApplicationDbContext
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SamenwerkingDbContext).Assembly);
}
