using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>Short, stable problem titles per status, in English or (with Accept-Language: nl) Dutch; the texts are in Messages.resx.</summary>
public static class ProblemTitles
{
    private static readonly Dictionary<int, string> Keys = new()
    {
        [400] = "ProblemTitle.InvalidInput",
        [401] = "ProblemTitle.AuthenticationRequired",
        [403] = "ProblemTitle.InsufficientScope",
        [404] = "ProblemTitle.NotFound",
        [405] = "ProblemTitle.MethodNotAllowed",
        [406] = "ProblemTitle.NotAcceptable",
        [409] = "ProblemTitle.RuleConflict",
        [412] = "ProblemTitle.PreconditionFailed",
        [413] = "ProblemTitle.RequestTooLarge",
        [415] = "ProblemTitle.UnsupportedMediaType",
        [422] = "ProblemTitle.UnprocessableContent",
        [428] = "ProblemTitle.PreconditionRequired",
        [429] = "ProblemTitle.TooManyRequests",
        [500] = "ProblemTitle.InternalServerError",
        [503] = "ProblemTitle.ServiceUnavailable",
    };

    public static string For(int status) => Messages.Shared.Get(Keys.GetValueOrDefault(status, "ProblemTitle.Other"));
}
