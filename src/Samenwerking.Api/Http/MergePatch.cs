using System.Text.Json.Nodes;

namespace Samenwerking.Api.Http;

/// <summary>JSON Merge Patch, RFC 7396 section 2.</summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>The target with the patch applied; neither argument is changed.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject members)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject existing ? existing.DeepClone().AsObject() : new JsonObject();
        foreach (var (name, value) in members)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                result[name] = Apply(result[name], value);
            }
        }

        return result;
    }
}
