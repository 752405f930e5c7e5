using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Application.Events;

namespace Samenwerking.Infrastructure.Events;

public static class ChangeEventsRegistration
{
    /// <summary>Stateless, so one instance serves every DbContext.</summary>
    internal static readonly DomainEventOutboxInterceptor Outbox = new();

    public static IServiceCollection AddChangeEvents(this IServiceCollection services)
    {
        services.AddScoped<IEventFeed, EventFeed>();
        return services;
    }
}
