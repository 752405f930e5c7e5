using System.Text.Json;
using System.Text.RegularExpressions;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// ASP.NET Core reports binding failures in terms of C# types ("Failed to bind parameter
/// "DateOnly activeOn""). Clients need to know which field was wrong and what it should look like.
/// </summary>
public static partial class BadRequestDescriber
{
    public static (string Detail, IDictionary<string, string[]> Errors) Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = JsonFieldNames.FromJsonPath(json.Path);
            var message = json switch
            {
                Json.DomainValueJsonException domainValue => domainValue.Message,
                _ when MissingRequired().Match(json.Message) is { Success: true } missing => Localized.Text(
                    $"'{field}' lacks required properties: {missing.Groups["names"].Value.TrimEnd('.')}.",
                    $"'{field}' mist verplichte eigenschappen: {missing.Groups["names"].Value.TrimEnd('.')}."),
                { Path: null } => Localized.Text("The request body is not valid JSON.", "De body van het verzoek is geen geldige JSON."),
                _ => Localized.Text(
                    $"The value of '{field}' is not valid here: wrong type or malformed.",
                    $"De waarde van '{field}' is hier niet geldig: verkeerd type of verkeerd opgebouwd."),
            };
            return (message, new Dictionary<string, string[]> { [field] = [message] });
        }

        var binding = BindFailure().Match(exception.Message);
        if (binding.Success)
        {
            var type = binding.Groups["type"].Value;
            var name = binding.Groups["name"].Value;
            var value = binding.Groups["value"].Value;
            var message = Localized.Text(
                $"'{value}' is not a valid value for '{name}': expected {Expectation(type)}.",
                $"'{value}' is geen geldige waarde voor '{name}': verwacht {Expectation(type)}.");
            if (DomainEnumOf(type) is { } domainEnum)
            {
                var allowed = string.Join(", ", Enum.GetNames(domainEnum).Select(JsonNamingPolicy.CamelCase.ConvertName));
                message = Localized.Text(
                    $"'{value}' is not a valid value for '{name}'; use one of: {allowed}.",
                    $"'{value}' is geen geldige waarde voor '{name}'; gebruik een van: {allowed}.");
            }

            return (message, new Dictionary<string, string[]> { [name] = [message] });
        }

        var required = RequiredMissing().Match(exception.Message);
        if (required.Success)
        {
            var name = required.Groups["name"].Value;
            var message = Localized.Text($"'{name}' is required.", $"'{name}' is verplicht.");
            return (message, new Dictionary<string, string[]> { [name] = [message] });
        }

        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            var message = Localized.Text(
                "The request body is missing or is not JSON (send Content-Type: application/json).",
                "De body van het verzoek ontbreekt of is geen JSON (stuur Content-Type: application/json).");
            return (message, new Dictionary<string, string[]> { ["body"] = [message] });
        }

        return (Localized.Text("The request is malformed.", "Het verzoek is verkeerd opgebouwd."), new Dictionary<string, string[]>());
    }

    /// <summary>Binding reports <c>DomainValue&lt;Phase&gt;</c> failures by type name; find the enum to list its values.</summary>
    private static Type? DomainEnumOf(string clrType)
    {
        var match = DomainValueType().Match(clrType);
        return match.Success
            ? typeof(Domain.Common.DomainTerms).Assembly.GetTypes().FirstOrDefault(t => t.IsEnum && t.Name == match.Groups["enum"].Value)
            : null;
    }

    [GeneratedRegex(@"DomainValue<(?<enum>\w+)>")]
    private static partial Regex DomainValueType();

    private static string Expectation(string clrType) => clrType switch
    {
        _ when clrType.Contains("DateOnly", StringComparison.Ordinal) =>
            Localized.Text("a date in the form yyyy-MM-dd", "een datum in de vorm yyyy-MM-dd"),
        _ when clrType.Contains("DateTime", StringComparison.Ordinal) =>
            Localized.Text("an ISO 8601 date-time", "een datum en tijd volgens ISO 8601"),
        _ when clrType.Contains("Int", StringComparison.OrdinalIgnoreCase) || clrType.Contains("long", StringComparison.Ordinal) =>
            Localized.Text("a whole number", "een geheel getal"),
        _ when clrType.Contains("bool", StringComparison.OrdinalIgnoreCase) => Localized.Text("true or false", "true of false"),
        _ when clrType.Contains("Guid", StringComparison.Ordinal) => Localized.Text("a UUID", "een UUID"),
        _ => Localized.Text("a value of the documented format", "een waarde in het gedocumenteerde formaat"),
    };

    [GeneratedRegex("missing required properties,? including: (?<names>.+)$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^ "]+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>[^ "]+) (?<name>[^"]+)" was not provided""")]
    private static partial Regex RequiredMissing();
}
