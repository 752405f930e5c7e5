using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Samenwerking.Api.Authentication;

public static class AuthenticationSetup
{
    public static IServiceCollection AddApiAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(AuthenticationSettings.SectionName).Get<AuthenticationSettings>() ?? new();
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Authentication is not configured: " + string.Join(" ", problems));
        }

        services.AddSingleton(settings);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Keep claim names as the token has them ("sub", "scope"), not mapped to WS-* URIs.
                options.MapInboundClaims = false;
                // Nothing reads the raw token back from the authentication properties; storing it costs every request.
                options.SaveToken = false;
                options.Events = new JwtBearerEvents { OnChallenge = ChallengeWithoutDetails };
                options.Audience = settings.Audience;
                if (settings.UsesAuthority)
                {
                    options.Authority = settings.Authority;
                }
                else
                {
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = settings.Issuer,
                        ValidAudience = settings.Audience,
                        IssuerSigningKey = settings.CreateSigningKey(),
                        NameClaimType = "name",
                    };
                }
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Scopes.ReadPolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => Scopes.Has(c.User, Scopes.Read)))
            .AddPolicy(Scopes.WritePolicy, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => Scopes.Has(c.User, Scopes.Write)))
            // Anything not explicitly opened or scoped still needs a valid token.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>
    /// A refused token is answered <c>error="invalid_token"</c> and nothing more: why it failed (expired
    /// when, wrong issuer) helps an attacker probe the configuration and a legitimate client not at all.
    /// </summary>
    private static Task ChallengeWithoutDetails(JwtBearerChallengeContext context)
    {
        context.ErrorDescription = null;
        context.ErrorUri = null;
        context.Error = context.AuthenticateFailure is null ? null : "invalid_token";
        return Task.CompletedTask;
    }

    public static RouteHandlerBuilder RequireReadScope(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(Scopes.ReadPolicy);

    public static RouteHandlerBuilder RequireWriteScope(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(Scopes.WritePolicy);
}
