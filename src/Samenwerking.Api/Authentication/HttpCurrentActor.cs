using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Common;

namespace Samenwerking.Api.Authentication;

/// <summary>The token's subject and display name, recorded with every change the request makes.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor httpContextAccessor) : ICurrentActor
{
    public Actor Actor
    {
        get
        {
            var user = httpContextAccessor.HttpContext?.User;
            var subject = user?.FindFirst("sub")?.Value;
            if (string.IsNullOrWhiteSpace(subject))
            {
                return Actor.System;
            }

            var name = user!.FindFirst("name")?.Value ?? user.FindFirst("preferred_username")?.Value ?? subject;
            return new Actor(Truncate(subject), Truncate(name));
        }
    }

    private static string Truncate(string value) => value.Length > Actor.MaxLength ? value[..Actor.MaxLength] : value;
}
