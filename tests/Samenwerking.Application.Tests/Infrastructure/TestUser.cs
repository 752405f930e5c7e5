using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Tests.Infrastructure;

/// <summary>Who the handler acts for, as the API would derive it from the token.</summary>
public sealed record TestUser(Actor Actor, IReadOnlyList<string> Municipalities, bool IsAdministrator) : ICurrentActor
{
    /// <summary>A functional administrator: may change every collaboration, so tests about rules are not about permissions.</summary>
    public static readonly TestUser Administrator = new(new Actor("beheerder-1", "B. Beheerder"), [], IsAdministrator: true);

    /// <summary>A municipal user acting for <paramref name="municipalityCode"/> only.</summary>
    public static TestUser ActingFor(string municipalityCode) =>
        new(new Actor($"user-{municipalityCode}", "Jan de Vries"), [municipalityCode], IsAdministrator: false);
}
