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
                _ when MissingRequired().Match(json.Message) is { Success: true } missing => Messages.Shared.Get("Binding.RequiredPropertiesMissing", ("field", field), ("names", missing.Groups["names"].Value.TrimEnd('.'))),
                { Path: null } => Messages.Shared.Get("Binding.BodyNotJson"),
                _ => Messages.Shared.Get("Binding.ValueMalformed", ("field", field)),
            };
            return (message, new Dictionary<string, string[]> { [field] = [message] });
        }

        var binding = BindFailure().Match(exception.Message);
        if (binding.Success)
        {
            var type = binding.Groups["type"].Value;
            var name = binding.Groups["name"].Value;
            var value = binding.Groups["value"].Value;
            var message = Messages.Shared.Get("Binding.ParameterInvalid", ("value", value), ("name", name), ("expected", Expectation(type)));
            if (DomainEnumOf(type) is { } domainEnum)
            {
                var allowed = string.Join(", ", Enum.GetNames(domainEnum).Select(JsonNamingPolicy.CamelCase.ConvertName));
                message = Messages.Shared.Get("Binding.ParameterNotAllowed", ("value", value), ("name", name), ("allowed", allowed));
            }

            return (message, new Dictionary<string, string[]> { [name] = [message] });
        }

        var required = RequiredMissing().Match(exception.Message);
        if (required.Success)
        {
            var name = required.Groups["name"].Value;
            var message = Messages.Shared.Get("Binding.ParameterRequired", ("name", name));
            return (message, new Dictionary<string, string[]> { [name] = [message] });
        }

        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            var message = Messages.Shared.Get("Binding.BodyMissing");
            return (message, new Dictionary<string, string[]> { ["body"] = [message] });
        }

        return (Messages.Shared.Get("Binding.Malformed"), new Dictionary<string, string[]>());
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
            Messages.Shared.Get("Binding.Expected.Date"),
        _ when clrType.Contains("DateTime", StringComparison.Ordinal) =>
            Messages.Shared.Get("Binding.Expected.DateTime"),
        _ when clrType.Contains("Int", StringComparison.OrdinalIgnoreCase) || clrType.Contains("long", StringComparison.Ordinal) =>
            Messages.Shared.Get("Binding.Expected.WholeNumber"),
        _ when clrType.Contains("bool", StringComparison.OrdinalIgnoreCase) => Messages.Shared.Get("Binding.Expected.Boolean"),
        _ when clrType.Contains("Guid", StringComparison.Ordinal) => Messages.Shared.Get("Binding.Expected.Uuid"),
        _ => Messages.Shared.Get("Binding.Expected.Documented"),
    };

    [GeneratedRegex("missing required properties,? including: (?<names>.+)$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^ "]+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>[^ "]+) (?<name>[^"]+)" was not provided""")]
    private static partial Regex RequiredMissing();
}
