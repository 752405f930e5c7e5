using FluentValidation.Validators;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Members a request type's validator refuses to go without: an unconditional <c>NotNull</c> or
/// <c>NotEmpty</c> rule (neither the check nor its rule under a <c>When</c>, inline or as a block), or
/// <c>IsInEnum</c> on an enum without a zero value or a range on a number without 0 (left out, either
/// reads as 0), also in validators brought in with <c>Include</c>. The serializer would accept a body
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
            foreach (var check in ValidatorRules.Checks(validator, scope.ServiceProvider).Where(c => !c.OnItems))
            {
                var memberType = type.GetProperty(check.Member)?.PropertyType;
                if (check.Validator is INotNullValidator or INotEmptyValidator ||
                    (check.Validator is IEnumValidator && memberType is { IsEnum: true } && !Enum.IsDefined(memberType, 0)) ||
                    RangeLeavesOutDefault(check.Validator, memberType))
                {
                    required.Add(check.Member);
                }
            }
        }

        return required;
    }

    /// <summary>
    /// An <c>InclusiveBetween</c> or <c>ExclusiveBetween</c> on a number that leaves out its default: a body
    /// without the member reads as 0, which the range refuses (an attendee count of 1 to 10000).
    /// </summary>
    private static bool RangeLeavesOutDefault(IPropertyValidator validator, Type? memberType)
    {
        if (memberType is not { IsValueType: true } || Nullable.GetUnderlyingType(memberType) is not null ||
            validator is not IBetweenValidator { From: IComparable from, To: IComparable to })
        {
            return false;
        }

        var missing = Activator.CreateInstance(memberType);
        return ValidatorConstraints.IsExclusive(validator)
            ? from.CompareTo(missing) >= 0 || to.CompareTo(missing) <= 0
            : from.CompareTo(missing) > 0 || to.CompareTo(missing) < 0;
    }
}
