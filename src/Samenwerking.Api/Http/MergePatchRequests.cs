using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation.Results;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.Http;

/// <summary>Reading a JSON Merge Patch from a request: its media type, and a body that must be one JSON object.</summary>
public static class MergePatchRequests
{
    /// <summary>A 415 problem when the request is not sent as <see cref="MergePatch.MediaType"/>; null when it is.</summary>
    public static IResult? UnsupportedMediaType(HttpRequest request) =>
        string.Equals(request.GetTypedHeaders().ContentType?.MediaType.Value, MergePatch.MediaType, StringComparison.OrdinalIgnoreCase)
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                type: ErrorHandling.ProblemTypes.UnsupportedMediaType,
                title: ErrorHandling.ProblemTitles.For(StatusCodes.Status415UnsupportedMediaType),
                detail: Messages.Shared.Get("Patch.MediaType", ("mediaType", MergePatch.MediaType)));

    /// <summary>The body as a JSON object; anything else is a 400 naming <c>body</c>.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException malformed)
        {
            throw new BadHttpRequestException("The request body is not valid JSON.", StatusCodes.Status400BadRequest, malformed);
        }

        return body as JsonObject ?? throw new FluentValidation.ValidationException([new ValidationFailure("body", Messages.Shared.Get("Patch.NotAnObject"))]);
    }
}
