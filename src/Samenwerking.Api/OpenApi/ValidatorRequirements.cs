using FluentValidation.Validators;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Members a request type's validator refuses to go without: an unconditional <c>NotNull</c> or
/// <c>NotEmpty</c> rule (neither the check nor its rule under a <c>When</c>, inline or as a block), or
/// <c>IsInEnum</c> or a range that refuses what a left-out member reads as (its initializer's value, or
/// else 0), also in validators brought in with <c>Include</c>. The serializer would accept a body
/// without them, but the API answers 400, so for clients they are required.
/// </summary>
public sealed class ValidatorRequirements(IServiceProvider services)
{
    public IReadOnlySet<string> For(Type type)
    {
        // Validators are scoped services (they may use scoped ones); a scope of our own keeps this safe at any time.
        using var scope = services.CreateScope();
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (ValidatorRules.For(scope.ServiceProvider, type) is { } validator)
        {
            var blank = Blank(type);
            foreach (var check in ValidatorRules.Checks(validator, scope.ServiceProvider).Where(c => !c.OnItems))
            {
                var property = type.GetProperty(check.Member);
                var memberType = property?.PropertyType;
                // What the member reads as when a body leaves it out: its initializer's value, or else its type's default.
                var leftOut = blank is not null && property is not null ? property.GetValue(blank)
                    : memberType is { IsValueType: true } ? Activator.CreateInstance(memberType) : null;
                if (check.Validator is INotNullValidator or INotEmptyValidator ||
                    (check.Validator is IEnumValidator && memberType is { IsEnum: true } && (leftOut is null || !Enum.IsDefined(memberType, leftOut))) ||
                    RangeRefuses(check.Validator, memberType, leftOut))
                {
                    required.Add(check.Member);
                }
            }
        }

        return required;
    }

    /// <summary>An instance as the serializer starts from (property initializers applied), when the type has a parameterless constructor.</summary>
    private static object? Blank(Type type) =>
        type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type) : null;

    /// <summary>
    /// An <c>InclusiveBetween</c> or <c>ExclusiveBetween</c> on a number that refuses the value a left-out member
    /// reads as (an attendee count of 1 to 10000 refuses 0).
    /// </summary>
    private static bool RangeRefuses(IPropertyValidator validator, Type? memberType, object? leftOut)
    {
        if (memberType is not { IsValueType: true } || Nullable.GetUnderlyingType(memberType) is not null || leftOut is null ||
            validator is not IBetweenValidator { From: IComparable from, To: IComparable to })
        {
            return false;
        }

        return ValidatorConstraints.IsExclusive(validator)
            ? from.CompareTo(leftOut) >= 0 || to.CompareTo(leftOut) <= 0
            : from.CompareTo(leftOut) > 0 || to.CompareTo(leftOut) < 0;
    }
}
