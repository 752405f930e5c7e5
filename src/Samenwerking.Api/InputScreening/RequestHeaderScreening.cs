using System.Buffers;
using System.Text;
using Samenwerking.Api.ErrorHandling;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.InputScreening;

/// <summary>
/// Header values that are not text. Kestrel refuses a header value that is not valid UTF-8 (a Windows-1252 <c>é</c>)
/// with a bare 400 before the application sees the request; read leniently instead (<see cref="Lenient"/>: a byte
/// that is no UTF-8 becomes U+FFFD), such a value reaches this middleware, which answers a 400 problem naming the
/// header, as it does for control characters. What Kestrel still refuses itself is listed in docs/integration.md.
/// </summary>
public sealed class RequestHeaderScreening(RequestDelegate next, IProblemDetailsService problemDetails)
{
    /// <summary>UTF-8 that replaces what it cannot decode instead of throwing, for Kestrel's header decoding.</summary>
    public static readonly Encoding Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Every request passes here, so the common case (all text) is checked without allocating.
    public Task InvokeAsync(HttpContext context)
    {
        foreach (var header in context.Request.Headers)
        {
            if (!AllText(header.Value))
            {
                return RefuseAsync(context);
            }
        }

        return next(context);
    }

    private async Task RefuseAsync(HttpContext context)
    {
        // Named as sent (not camelCased like body fields): a header name is what the client must look for.
        var refused = context.Request.Headers.Where(header => !AllText(header.Value))
            .ToDictionary(header => header.Key, header => new[] { Messages.Shared.Get("Input.HeaderNotText", ("header", header.Key)) });
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(refused)
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidInput,
                Title = ProblemTitles.For(StatusCodes.Status400BadRequest),
                Detail = refused.Count == 1
                    ? Messages.Shared.Get("Problem.InvalidField", ("field", refused.Keys.Single()))
                    : Messages.Shared.Get("Problem.InvalidFields", ("count", refused.Count), ("fields", string.Join(", ", refused.Keys))),
            },
        });
    }

    private static bool AllText(Microsoft.Extensions.Primitives.StringValues values)
    {
        foreach (var value in values)
        {
            if (value is not null && value.AsSpan().ContainsAny(NotText))
            {
                return false;
            }
        }

        return true;
    }

    // HTTP allows a tab inside a header value; every other control character, and what was no UTF-8, is refused.
    private static readonly SearchValues<char> NotText = SearchValues.Create(
        [.. ControlCharacters.Refused(multiLine: false).Where(c => c != '\t'), '\uFFFD']);
}
