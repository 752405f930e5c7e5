using System.Collections;
using FluentValidation;
using FluentValidation.Validators;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Common.Validation;

/// <summary>A rule on how many items a list has; the OpenAPI document reads it as <c>minItems</c>/<c>maxItems</c>.</summary>
public interface IItemCountValidator : IPropertyValidator
{
    int Min { get; }

    /// <summary>The most items allowed, or null when there is no maximum.</summary>
    int? Max { get; }
}

/// <summary>A rule that allows only the listed values; the OpenAPI document reads it as an <c>enum</c>.</summary>
public interface IAllowedValuesValidator : IPropertyValidator
{
    IReadOnlyList<string> Values { get; }
}

/// <summary>
/// Validators for rules that plain <c>Must</c> predicates used to hide: written as validators that say what
/// they allow, the OpenAPI document derives its constraints from them (one source, no drift).
/// </summary>
public static class SchemaVisibleRules
{
    /// <summary>At least <paramref name="min"/> and at most <paramref name="max"/> items; a list left out is another rule's concern.</summary>
    public static IRuleBuilderOptions<T, TList> ItemCount<T, TList>(this IRuleBuilder<T, TList> list, int min, int? max)
        where TList : IEnumerable? =>
        list.SetValidator(new ItemCountValidator<T, TList>(min, max));

    /// <summary>
    /// The length of the text without surrounding white space (which the API trims away) is
    /// <paramref name="min"/> to <paramref name="max"/> characters.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> TrimmedLength<T>(this IRuleBuilder<T, string?> text, int min, int max) =>
        text.SetValidator(new TrimmedLengthValidator<T>(min, max));

    /// <summary>One of <paramref name="values"/> (exactly, case-sensitive), or left out.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> text, IReadOnlyList<string> values) =>
        text.SetValidator(new AllowedValuesValidator<T>(values));

    private sealed class ItemCountValidator<T, TList>(int min, int? max) : PropertyValidator<T, TList>, IItemCountValidator
        where TList : IEnumerable?
    {
        public override string Name => nameof(ItemCountValidator<T, TList>);

        public int Min => min;

        public int? Max => max;

        public override bool IsValid(ValidationContext<T> context, TList value)
        {
            if (value is null)
            {
                return true;
            }

            var count = value is ICollection collection ? collection.Count : value.Cast<object?>().Count();
            return count >= min && (max is null || count <= max);
        }

        protected override string GetDefaultMessageTemplate(string errorCode) => max is null
            ? Messages.Shared.Get("Validation.List.AtLeast", ("min", min))
            : Messages.Shared.Get("Validation.List.Between", ("min", min), ("max", max));
    }

    private sealed class TrimmedLengthValidator<T>(int min, int max) : PropertyValidator<T, string?>, ILengthValidator
    {
        public override string Name => nameof(TrimmedLengthValidator<T>);

        public int Min => min;

        public int Max => max;

        public override bool IsValid(ValidationContext<T> context, string? value) =>
            value is null || value.Trim().Length is var length && length >= min && length <= max;

        protected override string GetDefaultMessageTemplate(string errorCode) => Messages.Shared.Get("Validation.Text.LengthBetween", ("min", min), ("max", max));
    }

    private sealed class AllowedValuesValidator<T>(IReadOnlyList<string> values) : PropertyValidator<T, string?>, IAllowedValuesValidator
    {
        public override string Name => nameof(AllowedValuesValidator<T>);

        public IReadOnlyList<string> Values => values;

        public override bool IsValid(ValidationContext<T> context, string? value) => value is null || values.Contains(value);

        protected override string GetDefaultMessageTemplate(string errorCode) => Messages.Shared.Get("Validation.Text.OneOf", ("values", string.Join(", ", values)));
    }
}
