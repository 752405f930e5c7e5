namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>Every list is an object with <c>items</c>; these read the items as a client would.</summary>
public static class ListApi
{
    /// <summary>GETs a list and returns its <c>items</c> array, failing when the answer is not an object with one.</summary>
    public static async Task<JsonElement> GetItemsAsync(this HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items");
}
