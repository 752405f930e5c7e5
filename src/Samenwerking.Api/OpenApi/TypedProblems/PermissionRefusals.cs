using Samenwerking.Api.Authentication;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.OpenApi.TypedProblems;

/// <summary>
/// The refusal of the catalogue (a 403) that an operation answers when the user may not make the change, by who may
/// make it (<see cref="WhoMay"/>, declared on every write endpoint): what the handlers ask the domain's
/// <c>Permissions</c>. In the Testing environment another 403 refusal is a 500 (<see cref="UndeclaredRefusals"/>).
/// </summary>
public static class PermissionRefusals
{
    /// <summary>The refusals, first the one anyone who may not gets; empty when this permission refuses nobody with a 403 of the catalogue.</summary>
    public static IReadOnlyList<Refusal> Of(WhoMay who) => who switch
    {
        WhoMay.ActiveParticipant or WhoMay.OneOfTheNamedParticipants => [Refusals.NotAParticipatingMunicipality],
        WhoMay.ActiveParticipantOrDelegate => [Refusals.NotAParticipatingMunicipality, Refusals.NotDelegatedForChange, Refusals.DelegationEnded],
        WhoMay.ThatMunicipality => [Refusals.NotYourMunicipality],
        WhoMay.AdministratorsOnly => [Refusals.AdministratorsOnly],
        WhoMay.TheSubscriber => [],
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "Unknown permission."),
    };
}
