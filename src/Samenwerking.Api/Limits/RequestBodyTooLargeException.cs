using Microsoft.AspNetCore.Http.Features;

namespace Samenwerking.Api.Limits;

/// <summary>ProblemExceptionHandler answers this as a 413 problem that names the limit.</summary>
public sealed class RequestBodyTooLargeException(long maxBytes)
    : BadHttpRequestException($"The request body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge)
{
    public long MaxBytes { get; } = maxBytes;
}
