using Microsoft.Extensions.DependencyInjection;

namespace Samenwerking.Infrastructure.DemoData;

public static class DemoDataRegistration
{
    /// <summary>The seeder and its parts; a new part is one line here.</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<IDemoDataPart, ExampleEvaluationsDemoData>();
        return services;
    }
}
