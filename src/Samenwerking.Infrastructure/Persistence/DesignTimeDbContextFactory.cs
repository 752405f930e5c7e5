using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting the API or reaching a database:
/// migrations and the pending-model-changes check need only the model.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SamenwerkingDbContext>
{
    public SamenwerkingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SamenwerkingDbContext>();
        DependencyInjection.ConfigureDbContext(options, "Host=localhost;Database=samenwerking_design_time");
        return new SamenwerkingDbContext(options.Options);
    }
}
