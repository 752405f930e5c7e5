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
        // A page is the same for every anonymous reader: rendered once, then served from memory for a few seconds.
        services.AddOutputCache(options => options.AddPolicy(PageCachePolicy, policy => policy.Expire(TimeSpan.FromSeconds(Math.Max(1, settings.PageCacheSeconds)))));
        return services;
    }

    public const string PageCachePolicy = "register-pages";

    /// <summary>After the rate limiter, so a page served from memory still counts against the caller's bucket.</summary>
    public static void UsePublicRegister(this WebApplication app) => app.UseOutputCache();

    /// <summary>Whether a request is for one of the register's pages (HTML at the host root, not the API).</summary>
    public static bool IsPage(HttpRequest request) => request.Path.StartsWithSegments(RegisterPaths.Root);
}
