using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Samenwerking.Api.Endpoints;
using Samenwerking.Api.ErrorHandling;

namespace Samenwerking.Api.Http;

/// <summary>
/// The API speaks JSON only. A request whose <c>Accept</c> rules out both application/json and
/// application/problem+json gets 406 instead of JSON it said it cannot use; the register's own operations speak only
/// text/csv, and the JSON lists (deprecated) text/csv too. Swagger UI (HTML), the register's pages (HTML) and the
/// health probes have their own formats and are left alone.
/// </summary>
public sealed class AcceptableResponsesMiddleware(RequestDelegate next, IProblemDetailsService problemDetails)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeHeaderValue ProblemJson = new("application/problem+json");
    private static readonly MediaTypeHeaderValue Csv = new(RegisterCsvEndpoints.CsvMediaType);

    public Task InvokeAsync(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/swagger") || context.Request.Path.StartsWithSegments("/health")
            || PublicRegister.PublicRegisterSetup.IsPage(context.Request)
            || Acceptable(context.Request.Headers.Accept, context.GetEndpoint()?.Metadata.GetMetadata<CsvExportMetadata>())
            ? next(context)
            : RefuseAsync(context);

    private async Task RefuseAsync(HttpContext context)
    {
        // The problem writer itself honours Accept and would stay silent; the client still deserves to read why.
        context.Request.Headers.Accept = ProblemJson.ToString();
        context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status406NotAcceptable },
        });
    }

    private static bool Acceptable(Microsoft.Extensions.Primitives.StringValues accept, CsvExportMetadata? csv)
    {
        // Absent, or too malformed to read: RFC 9110 lets the server answer as if there were no Accept.
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return true;
        }

        // The register's own operations answer CSV only: a client that rules it out cannot use their answer.
        return csv is { Only: true }
            ? ranges.Any(range => range.Quality is not 0d && Csv.IsSubsetOf(range))
            : ranges.Any(range => range.Quality is not 0d
                && (Json.IsSubsetOf(range) || ProblemJson.IsSubsetOf(range) || (csv is not null && Csv.IsSubsetOf(range))));
    }
}
