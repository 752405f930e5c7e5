using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Collaborations.Register;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Api.Http;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// The one place where exceptions become problem+json responses. Unknown exceptions are logged
/// with their trace id and answered with a generic 500: no exception text reaches the client.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(httpContext, exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            DatabaseUnavailable.Announce(httpContext, logger, exception);
        }
        else if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path} (traceId {TraceId})", httpContext.Request.Method,
                httpContext.Request.Path, System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails ToProblem(HttpContext httpContext, Exception exception)
    {
        switch (exception)
        {
            case ValidationException validation:
                var errors = validation.Errors
                    .GroupBy(e => JsonFieldNames.FromPropertyPath(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
                return new HttpValidationProblemDetails(errors)
                {
                    Status = StatusCodes.Status400BadRequest,
                    Type = ProblemTypes.InvalidInput,
                    Title = ProblemTitles.For(StatusCodes.Status400BadRequest),
                    Detail = errors.Count == 1
                        ? Messages.Shared.Get("Problem.InvalidField", ("field", errors.Keys.Single()))
                        : Messages.Shared.Get("Problem.InvalidFields", ("count", errors.Count), ("fields", string.Join(", ", errors.Keys))),
                };

            case InconsistentDimensionsException inconsistent:
                var fields = inconsistent.Inconsistencies.GroupBy(i => i.Field)
                    .ToDictionary(g => g.Key, g => g.Select(i => i.Message.InRequestLanguage()).ToArray());
                return new HttpValidationProblemDetails(fields)
                {
                    Status = StatusCodes.Status400BadRequest,
                    Type = ProblemTypes.InvalidInput,
                    Title = ProblemTitles.For(StatusCodes.Status400BadRequest),
                    Detail = string.Join(" ", inconsistent.Inconsistencies.Select(i => i.Message.InRequestLanguage())),
                };

            case InvalidRegisterEntryException invalidRegister:
                return new HttpValidationProblemDetails(invalidRegister.Problems.GroupBy(p => $"register.{p.Field}")
                    .ToDictionary(g => g.Key, g => g.Select(RegisterProblemText.Message).ToArray()))
                {
                    Status = StatusCodes.Status400BadRequest,
                    Type = ProblemTypes.InvalidInput,
                    Title = ProblemTitles.For(StatusCodes.Status400BadRequest),
                    Detail = string.Join(" ", invalidRegister.Problems.Select(RegisterProblemText.Message)),
                };

            case BadHttpRequestException badRequest when badRequest.StatusCode == StatusCodes.Status400BadRequest:
                var (detail, fieldErrors) = BadRequestDescriber.Describe(badRequest);
                return new HttpValidationProblemDetails(fieldErrors)
                {
                    Status = StatusCodes.Status400BadRequest,
                    Type = ProblemTypes.InvalidInput,
                    Title = ProblemTitles.For(StatusCodes.Status400BadRequest),
                    Detail = detail,
                };

            case BadHttpRequestException otherRequestError:
                return Simple(otherRequestError.StatusCode, otherRequestError.StatusCode switch
                {
                    StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType.Detail(httpContext),
                    StatusCodes.Status413PayloadTooLarge when otherRequestError is Limits.RequestBodyTooLargeException { MaxBytes: var max } => Messages.Shared.Get("Problem.BodyLargerThan", ("max", max)),
                    StatusCodes.Status413PayloadTooLarge => Messages.Shared.Get("Problem.BodyTooLarge"),
                    _ => Messages.Shared.Get("Problem.RequestNotProcessable"),
                });

            case NotFoundException notFound:
                return Simple(StatusCodes.Status404NotFound, ResourceTexts.NotFound(notFound.Resource, notFound.Key));

            case PartNotFoundException missingPart:
                return Simple(StatusCodes.Status404NotFound, ResourceTexts.NotFound(missingPart.Part, missingPart.Key));

            case DomainRuleViolationException rule when OpenApi.TypedProblems.UndeclaredRefusals.Found(httpContext, rule.Refusal):
                return Simple(StatusCodes.Status500InternalServerError,
                    $"'{rule.Refusal.Code}' is not listed under this operation's {RefusalProblems.StatusOf(rule.Refusal.Kind)} in OpenApi/TypedProblems (OperationRefusals.cs, PermissionRefusals.cs).");

            case DomainRuleViolationException rule:
                return RefusalProblems.From(rule);

            case PreconditionRequiredException required:
                return Simple(StatusCodes.Status428PreconditionRequired, ResourceTexts.VersionRequired(required.Resource));

            case ConcurrencyConflictException stale:
                // The exception handler strips ETag from error responses; this one must carry it, so it is set last.
                httpContext.Items[EntityTags.ErrorResponseETagKey] = EntityTags.Format(stale.CurrentVersion);
                return Simple(StatusCodes.Status412PreconditionFailed, ResourceTexts.ChangedSinceRead(stale.Resource));

            case DbUpdateConcurrencyException:
                return Simple(StatusCodes.Status412PreconditionFailed, Messages.Shared.Get("Problem.ChangedMeanwhile"));

            case var outage when DatabaseFailures.IsUnavailable(outage):
                return Simple(StatusCodes.Status503ServiceUnavailable, DatabaseUnavailable.Detail);

            default:
                return Simple(StatusCodes.Status500InternalServerError, Messages.Shared.Get("Problem.Unexpected"));
        }
    }

    private static ProblemDetails Simple(int status, string detail) => new()
    {
        Status = status,
        Type = ProblemTypes.ForStatus(status),
        Title = ProblemTitles.For(status),
        Detail = detail,
    };
}
