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
                        ? Localized.Text(
                            $"The request has an invalid field: {errors.Keys.Single()}.",
                            $"Het verzoek heeft een ongeldig veld: {errors.Keys.Single()}.")
                        : Localized.Text(
                            $"The request has {errors.Count} invalid fields: {string.Join(", ", errors.Keys)}.",
                            $"Het verzoek heeft {errors.Count} ongeldige velden: {string.Join(", ", errors.Keys)}."),
                };

            case InconsistentDimensionsException inconsistent:
                var fields = inconsistent.Inconsistencies.GroupBy(i => i.Field)
                    .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray());
                return new HttpValidationProblemDetails(fields)
                {
                    Status = StatusCodes.Status400BadRequest,
                    Type = ProblemTypes.InvalidInput,
                    Title = ProblemTitles.For(StatusCodes.Status400BadRequest),
                    Detail = inconsistent.Message,
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
                    StatusCodes.Status415UnsupportedMediaType => ProblemDetailsSetup.UnsupportedMediaTypeDetail,
                    StatusCodes.Status413PayloadTooLarge when otherRequestError is Limits.RequestBodyTooLargeException { MaxBytes: var max } => Localized.Text(
                        $"The request body is larger than the {max} bytes this API accepts.",
                        $"De body van het verzoek is groter dan de {max} bytes die deze API aanneemt."),
                    StatusCodes.Status413PayloadTooLarge => Localized.Text("The request body is too large.", "De body van het verzoek is te groot."),
                    _ => Localized.Text("The request could not be processed as sent.", "Het verzoek kon niet worden verwerkt zoals het is verstuurd."),
                });

            case NotFoundException notFound:
                return Simple(StatusCodes.Status404NotFound, notFound.Message);

            case DomainRuleViolationException rule when OpenApi.TypedProblems.UndeclaredRefusals.Found(httpContext, rule.Refusal):
                return Simple(StatusCodes.Status500InternalServerError,
                    $"'{rule.Refusal.Code}' is not listed under this operation's 409 in OpenApi/TypedProblems/OperationRefusals.cs.");

            case DomainRuleViolationException rule:
                return RefusalProblems.From(rule);

            case PreconditionRequiredException required:
                return Simple(StatusCodes.Status428PreconditionRequired, required.Message);

            case ConcurrencyConflictException stale:
                // The exception handler strips ETag from error responses; this one must carry it, so it is set last.
                httpContext.Items[EntityTags.ErrorResponseETagKey] = EntityTags.Format(stale.CurrentVersion);
                return Simple(StatusCodes.Status412PreconditionFailed, stale.Message);

            case DbUpdateConcurrencyException:
                return Simple(StatusCodes.Status412PreconditionFailed, Localized.Text(
                    "The resource was changed by someone else while your change was being saved. GET it again and retry.",
                    "Iemand anders heeft de resource gewijzigd terwijl uw wijziging werd opgeslagen. Haal hem opnieuw op met GET en probeer het nog eens."));

            case var outage when DatabaseFailures.IsUnavailable(outage):
                return Simple(StatusCodes.Status503ServiceUnavailable, DatabaseUnavailable.Detail);

            default:
                return Simple(StatusCodes.Status500InternalServerError, Localized.Text(
                    "An unexpected error occurred. It has been logged; quote the traceId when reporting it.",
                    "Er is een onverwachte fout opgetreden. Die is gelogd; vermeld de traceId als u de fout meldt."));
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
