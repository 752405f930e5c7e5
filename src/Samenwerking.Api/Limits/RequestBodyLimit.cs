using Microsoft.AspNetCore.Http.Features;

namespace Samenwerking.Api.Limits;

/// <summary>
/// Refuses a request body larger than <c>Limits:MaxRequestBodyBytes</c> (default 256 KiB) with 413 before
/// anything parses it. A declared <c>Content-Length</c> is checked at once; a body without one (chunked) is
/// read up to one byte past the limit, so a client cannot stream an endless body into the JSON reader.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string Setting = "Limits:MaxRequestBodyBytes";
    public const long DefaultMaxBytes = 256 * 1024;

    private readonly long maxBytes = configuration.GetValue(Setting, DefaultMaxBytes);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is { } declared)
        {
            if (declared > maxBytes)
            {
                throw TooLarge();
            }
        }
        else if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
        {
            var buffered = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffered.Write(chunk, 0, read);
                if (buffered.Length > maxBytes)
                {
                    throw TooLarge();
                }
            }

            buffered.Position = 0;
            request.Body = buffered;
            context.Response.RegisterForDispose(buffered);
        }

        await next(context);
    }

    private RequestBodyTooLargeException TooLarge() => new(maxBytes);
}

/// <summary>ProblemExceptionHandler answers this as a 413 problem that names the limit.</summary>
public sealed class RequestBodyTooLargeException(long maxBytes)
    : BadHttpRequestException($"The request body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge)
{
    public long MaxBytes { get; } = maxBytes;
}
