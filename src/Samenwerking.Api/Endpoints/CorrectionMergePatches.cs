using System.Text.Json;
using Samenwerking.Api.Http;
using Samenwerking.Api.InputScreening;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// A correction sent as a JSON Merge Patch becomes the replacement (PUT body) it describes: the current value as that
/// body states it, with the patch applied as JSON (so "left out" and "null" differ). A member removed with `null` is
/// left out of the replacement, so its validator names it when it is required. The result goes the very way of a PUT.
/// </summary>
public static class CorrectionMergePatches
{
    public static async Task<TReplacement> ReplacementAsync<TReplacement>(TReplacement current, HttpRequest request, JsonSerializerOptions options,
        CancellationToken cancellationToken) where TReplacement : class
    {
        var patch = await MergePatchRequests.ReadObjectAsync(request, cancellationToken);
        var target = JsonSerializer.SerializeToNode(current, options);
        TReplacement replacement;
        try
        {
            replacement = MergePatch.Apply(target, patch).Deserialize<TReplacement>(options)!;
        }
        catch (JsonException invalid)
        {
            throw new BadHttpRequestException("The merge patch does not give a valid correction.", StatusCodes.Status400BadRequest, invalid);
        }

        // Bound by hand, so the group's input screening never saw it: control characters and null items are refused here.
        await InputScreeningFilter.ScreenAsync(replacement, new RequestBodyScreening(options), request.HttpContext);
        return replacement;
    }
}
