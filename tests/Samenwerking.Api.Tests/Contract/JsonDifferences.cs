using System.Text.Json.Nodes;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// Where two JSON documents differ, as JSON Pointers. Compares values, not text, so indentation,
/// line endings and the order of object members never count as a difference.
/// </summary>
public static class JsonDifferences
{
    public static IReadOnlyList<string> Between(JsonNode? expected, JsonNode? actual, int max = 20)
    {
        var differences = new List<string>();
        Compare(expected, actual, "", differences, max);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string pointer, List<string> differences, int max)
    {
        if (differences.Count >= max)
        {
            return;
        }

        switch (expected, actual)
        {
            case (JsonObject left, JsonObject right):
                foreach (var name in left.Select(p => p.Key).Union(right.Select(p => p.Key)))
                {
                    var path = $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                    if (!left.ContainsKey(name))
                    {
                        differences.Add($"{path} is new");
                    }
                    else if (!right.ContainsKey(name))
                    {
                        differences.Add($"{path} is gone");
                    }
                    else
                    {
                        Compare(left[name], right[name], path, differences, max);
                    }
                }

                break;

            case (JsonArray left, JsonArray right):
                for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
                {
                    if (i >= left.Count)
                    {
                        differences.Add($"{pointer}/{i} is new");
                    }
                    else if (i >= right.Count)
                    {
                        differences.Add($"{pointer}/{i} is gone");
                    }
                    else
                    {
                        Compare(left[i], right[i], $"{pointer}/{i}", differences, max);
                    }
                }

                break;

            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{(pointer.Length == 0 ? "/" : pointer)} changed from {expected?.ToJsonString() ?? "null"} to {actual?.ToJsonString() ?? "null"}");
                }

                break;
        }
    }
}
