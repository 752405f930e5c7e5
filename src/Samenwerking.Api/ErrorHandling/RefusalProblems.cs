using Microsoft.AspNetCore.Mvc;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// How a refusal from the catalogue (<see cref="Refusals"/>) goes on the wire: its kind decides the status,
/// its code the problem type, the request's language the title and detail, and its facts become extension members.
/// </summary>
public static class RefusalProblems
{
    public static int StatusOf(RefusalKind kind) =>
        kind == RefusalKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;

    public static ProblemDetails From(DomainRuleViolationException rule)
    {
        var problem = new ProblemDetails
        {
            Status = StatusOf(rule.Refusal.Kind),
            Type = rule.Refusal.ProblemType,
            Title = new Text(rule.Refusal.EnglishTitle, rule.Refusal.DutchTitle).InRequestLanguage(),
            Detail = rule.Detail.InRequestLanguage(),
        };
        foreach (var (key, value) in rule.Extensions)
        {
            problem.Extensions[key] = RefusalFacts.OnTheWire(value);
        }

        return problem;
    }
}
