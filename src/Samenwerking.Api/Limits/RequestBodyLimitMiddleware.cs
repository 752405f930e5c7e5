using Microsoft.AspNetCore.Http.Features;

namespace Samenwerking.Api.Limits;

/// <summary>
/// Refuses a request body larger than <c>Limits:MaxRequestBodyBytes</c> (default 256 KiB) with 413 before
/// anything parses it; an endpoint that takes a file (<see cref="FileUploadMetadata"/>, the register import)
/// gets <c>Limits:MaxFileUploadBytes</c> (default 16 MiB: a national register of 10,000 rows is about 4 MB). A declared <c>Content-Length</c> is checked at once; a body without one (chunked) is
/// read up to one byte past the limit, so a client cannot stream an endless body into the JSON reader.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string Setting = "Limits:MaxRequestBodyBytes";
    public const long DefaultMaxBytes = 256 * 1024;
    public const string FileUploadSetting = "Limits:MaxFileUploadBytes";
    public const long DefaultMaxFileUploadBytes = 16 * 1024 * 1024;

    private readonly long maxBodyBytes = configuration.GetValue(Setting, DefaultMaxBytes);
    private readonly long maxFileUploadBytes = configuration.GetValue(FileUploadSetting, DefaultMaxFileUploadBytes);

    public Task InvokeAsync(HttpContext context)
    {
        var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<FileUploadMetadata>() is null ? maxBodyBytes : maxFileUploadBytes;
        if (context.Request.ContentLength is { } declared)
        {
            return declared > maxBytes ? throw new RequestBodyTooLargeException(maxBytes) : next(context);
        }

        return context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false
            ? BufferThenInvokeAsync(context, maxBytes)
            : next(context);
    }

    // A body without a declared length (chunked) is read up to one byte past the limit before anything parses it.
    private async Task BufferThenInvokeAsync(HttpContext context, long maxBytes)
    {
        var buffered = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffered.Write(chunk, 0, read);
            if (buffered.Length > maxBytes)
            {
                throw new RequestBodyTooLargeException(maxBytes);
            }
        }

        buffered.Position = 0;
        context.Request.Body = buffered;
        context.Response.RegisterForDispose(buffered);
        await next(context);
    }
}
