using Microsoft.OpenApi;
using Samenwerking.Api.Authentication;
using Samenwerking.Domain.Rules;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Says per change who may make it (<see cref="WhoMay"/>) in the description, and lists in the 403 every
/// problem type it can answer with: the missing scope and the participation refusals of the catalogue.
/// </summary>
public sealed class PermissionOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var permission = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<PermissionMetadata>().LastOrDefault();
        if (permission is null)
        {
            return;
        }

        if (permission.Who == WhoMay.TheSubscriber)
        {
            if (!string.IsNullOrWhiteSpace(operation.Description))
            {
                operation.Description += $" Only the subscription's owner (the token's subject) or an administrator (scope `{Scopes.Admin}`) " +
                                         "sees or changes it; to anyone else it does not exist (404).";
            }

            return;
        }

        var (who, refusal) = Describe(permission.Who);
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DelegableChangeMetadata>().LastOrDefault() is { } delegable)
        {
            who += $" So may a person (a token with a subject but no `gemeente`) to whom an active participant delegated " +
                   $"`{Domain.Common.DomainTerms.Of(delegable.Change)}`, while the delegation is in force: the history names them " +
                   "\"name (organisation), namens <municipality>\"; otherwise 403 `not-delegated-for-change` or `delegation-ended`.";
        }

        var administratorsOnly = permission.Who == WhoMay.AdministratorsOnly;
        if (!string.IsNullOrWhiteSpace(operation.Description))
        {
            operation.Description += administratorsOnly ? $" {who}" : $" {who} An administrator (scope `{Scopes.Admin}`) may always.";
        }

        if (operation.Responses?.TryGetValue("403", out var forbidden) == true && forbidden is OpenApiResponse response)
        {
            response.Description =
                $"The token lacks scope `{Scopes.Write}` (`{ErrorHandling.ProblemTypes.Forbidden}`), or the user may not make this change: " +
                $"`{refusal.ProblemType}` ({refusal.EnglishTitle.ToLowerInvariant()})" +
                (administratorsOnly ? "." : ", naming the municipality that would be needed.");
        }
    }

    private static (string Who, Refusal Refusal) Describe(WhoMay who) => (who switch
    {
        WhoMay.ActiveParticipant or WhoMay.ActiveParticipantOrDelegate =>
            "Only a user acting for an active participant of the collaboration (token claim `gemeente`) may make this change.",
        WhoMay.OneOfTheNamedParticipants => "The user's municipality (token claim `gemeente`) must be among the participants.",
        WhoMay.ThatMunicipality => "Only a user acting for that municipality (token claim `gemeente`) records it: its own council and college decide.",
        WhoMay.AdministratorsOnly => $"Only an administrator (scope `{Scopes.Admin}`) may make this change.",
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "Unknown permission."),
    }, TypedProblems.PermissionRefusals.Of(who)[0]);
}
