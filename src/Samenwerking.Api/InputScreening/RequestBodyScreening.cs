using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.InputScreening;

/// <summary>
/// Checks a deserialized request body for what System.Text.Json lets through although the contract
/// forbids it: <c>null</c> items in a list whose items are not nullable (nullable annotations are not
/// enforced inside collections), and control characters in strings. Fields are named as the client
/// sent them (<c>participants[0]</c>, <c>tasks[1].name</c>), from the same JSON metadata that read the body.
/// </summary>
public sealed class RequestBodyScreening(JsonSerializerOptions options)
{
    // What a property's declaration says, read once per property instead of by reflection on every request.
    private static readonly ConcurrentDictionary<PropertyInfo, (bool MultiLine, bool ItemsMayBeNull)> Declared = new();

    public IReadOnlyList<ValidationFailure> Screen(object body)
    {
        var failures = new List<ValidationFailure>();
        Visit(body, "", multiLine: false, itemsMayBeNull: false, failures);
        return failures;
    }

    private void Visit(object? value, string path, bool multiLine, bool itemsMayBeNull, List<ValidationFailure> failures)
    {
        if (value is null)
        {
            return;
        }

        if (value is string text)
        {
            if (ControlCharacters.AnyRefused(text, multiLine))
            {
                failures.Add(new ValidationFailure(path, ControlCharacters.Message(path, multiLine)));
            }

            return;
        }

        var typeInfo = options.GetTypeInfo(value.GetType());
        if (typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var property in typeInfo.Properties)
            {
                // Only what a client can send: computed, read-only members are output.
                if (property.Get is null || (property.Set is null && property.AssociatedParameter is null))
                {
                    continue;
                }

                var declared = property.AttributeProvider is PropertyInfo member ? Declared.GetOrAdd(member, DeclarationOf) : default;
                Visit(property.Get(value), Join(path, property.Name), declared.MultiLine, declared.ItemsMayBeNull, failures);
            }
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                var itemPath = $"{path}[{index++}]";
                if (item is null && !itemsMayBeNull)
                {
                    failures.Add(new ValidationFailure(itemPath, Messages.Shared.Get("Input.NullListItem", ("itemPath", itemPath))));
                }

                Visit(item, itemPath, multiLine, itemsMayBeNull: false, failures);
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static (bool MultiLine, bool ItemsMayBeNull) DeclarationOf(PropertyInfo property) =>
        (property.IsDefined(typeof(MultiLineTextAttribute), inherit: true), DeclaresNullableItems(property));

    private static bool DeclaresNullableItems(PropertyInfo property)
    {
        var nullability = new NullabilityInfoContext().Create(property);
        var item = nullability.ElementType
            ?? (nullability.GenericTypeArguments is [var only] ? only : null);
        return item?.ReadState == NullabilityState.Nullable;
    }
}
