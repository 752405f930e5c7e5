using System.Globalization;
using System.Text.Json.Nodes;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Samenwerking.Application.Common.Validation;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Writes what a validator's checks allow into a schema: lengths (<see cref="ILengthValidator"/>,
/// <c>NotEmpty</c> on text), patterns (<see cref="IRegularExpressionValidator"/>), ranges
/// (<see cref="IComparisonValidator"/>, <see cref="IBetweenValidator"/>), item counts
/// (<see cref="IItemCountValidator"/>, <c>NotEmpty</c> on a list) and allowed values
/// (<see cref="IAllowedValuesValidator"/>). A check written as a bare <c>Must</c> says nothing the
/// document could show; such rules are written with these validators instead.
/// </summary>
public static class ValidatorConstraints
{
    public static bool IsExclusive(IPropertyValidator validator) =>
        validator.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ExclusiveBetweenValidator<,>);

    /// <summary>Applies one check to the schema of the value it checks (a member, or one item of a list).</summary>
    public static void Apply(OpenApiSchema schema, IPropertyValidator validator)
    {
        var isText = schema.Type is { } t && t.HasFlag(JsonSchemaType.String);
        var isList = schema.Type is { } l && l.HasFlag(JsonSchemaType.Array);
        switch (validator)
        {
            case ILengthValidator length when isText:
                schema.MinLength = Math.Max(schema.MinLength ?? 0, length.Min) is var min && min > 0 ? min : schema.MinLength;
                if (length.Max >= 0)
                {
                    schema.MaxLength = Math.Min(schema.MaxLength ?? int.MaxValue, length.Max);
                }

                break;
            case INotEmptyValidator when isText:
                schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                break;
            case INotEmptyValidator when isList:
                schema.MinItems = Math.Max(schema.MinItems ?? 0, 1);
                break;
            case IItemCountValidator count when isList:
                schema.MinItems = count.Min > 0 ? Math.Max(schema.MinItems ?? 0, count.Min) : schema.MinItems;
                schema.MaxItems = count.Max is { } max ? Math.Min(schema.MaxItems ?? int.MaxValue, max) : schema.MaxItems;
                break;
            case IRegularExpressionValidator regex when isText:
                schema.Pattern = regex.Expression;
                break;
            case IAllowedValuesValidator allowed when isText:
                schema.Enum = allowed.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
                schema.Description = "One of " + string.Join(", ", allowed.Values.Select(v => $"`{v}`")) + ".";
                break;
            case IBetweenValidator between:
                var exclusive = IsExclusive(validator);
                SetMinimum(schema, between.From, exclusive);
                SetMaximum(schema, between.To, exclusive);
                break;
            case IComparisonValidator { MemberToCompare: null, ValueToCompare: { } bound } comparison:
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThanOrEqual: SetMinimum(schema, bound, exclusive: false); break;
                    case Comparison.GreaterThan: SetMinimum(schema, bound, exclusive: true); break;
                    case Comparison.LessThanOrEqual: SetMaximum(schema, bound, exclusive: false); break;
                    case Comparison.LessThan: SetMaximum(schema, bound, exclusive: true); break;
                }

                break;
        }
    }

    private static void SetMinimum(OpenApiSchema schema, object bound, bool exclusive)
    {
        if (Number(bound) is { } value)
        {
            schema.Minimum = exclusive ? null : value;
            schema.ExclusiveMinimum = exclusive ? value : null;
        }
    }

    private static void SetMaximum(OpenApiSchema schema, object bound, bool exclusive)
    {
        if (Number(bound) is { } value)
        {
            schema.Maximum = exclusive ? null : value;
            schema.ExclusiveMaximum = exclusive ? value : null;
        }
    }

    /// <summary>Bounds on numbers only (a date range, say, has no JSON Schema keyword).</summary>
    private static string? Number(object bound) => bound is int or long or short or decimal or double or float
        ? Convert.ToString(bound, CultureInfo.InvariantCulture)
        : null;
}
