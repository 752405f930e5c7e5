namespace Samenwerking.Api.PublicRegister;

/// <summary>The public register's services: its settings, its rate limit per client address, and the page renderer.</summary>
public static class PublicRegisterSetup
{
    public static IServiceCollection AddPublicRegister(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(PublicRegisterSettings.Section).Get<PublicRegisterSettings>() ?? new();
        services.AddSingleton(settings);
        services.AddPublicRateLimit(settings);
        services.AddRazorComponents();
        return services;
    }

    /// <summary>Whether a request is for one of the register's pages (HTML at the host root, not the API).</summary>
    public static bool IsPage(HttpRequest request) => request.Path.StartsWithSegments(RegisterPaths.Root);
}
