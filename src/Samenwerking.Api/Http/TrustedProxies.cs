using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Samenwerking.Api.Http;

/// <summary>
/// <c>ForwardedHeaders:KnownProxies</c> and <c>ForwardedHeaders:KnownNetworks</c>: the reverse proxies whose
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed. Behind a proxy every request would otherwise come from
/// the proxy's address, and the rate limits per client address would put the whole public in one bucket. A proxy on the
/// same host (loopback) is trusted by default; a header from any other address is ignored, so a client cannot choose its own.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Addresses(configuration, "KnownProxies", IPAddress.Parse);
        var networks = Addresses(configuration, "KnownNetworks", System.Net.IPNetwork.Parse);
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    private static List<T> Addresses<T>(IConfiguration configuration, string key, Func<string, T> parse)
    {
        var values = configuration.GetSection($"{Section}:{key}").Get<string[]>() ?? [];
        return values.Select(value =>
        {
            try
            {
                return parse(value.Trim());
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{Section}:{key} holds '{value}', which is not an IP address or network (CIDR).");
            }
        }).ToList();
    }
}
