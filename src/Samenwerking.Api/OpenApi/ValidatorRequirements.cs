using FluentValidation;
using FluentValidation.Internal;
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
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) is IValidator validator)
        {
            Collect(type, validator, scope.ServiceProvider, required);
        }

        return required;
    }

    private static void Collect(Type type, IValidator validator, IServiceProvider provider, HashSet<string> required)
    {
        var descriptor = validator.CreateDescriptor();
        // Rules on the whole object (RuleFor(c => c)) have no member name.
        foreach (var member in descriptor.GetMembersWithValidators().Where(m => m.Key is not null))
        {
            var memberType = type.GetProperty(member.Key)?.PropertyType;
            // A rule inside a When(…, () => …) block carries the condition itself, not its components.
            var insisted = descriptor.GetRulesForMember(member.Key)
                .Where(rule => rule is { HasCondition: false, HasAsyncCondition: false } && !IsForEachItem(rule))
                .SelectMany(rule => rule.Components)
                .Any(c => c is { HasCondition: false, HasAsyncCondition: false } &&
                          (c.Validator is INotNullValidator or INotEmptyValidator ||
                           (c.Validator.Name == "EnumValidator" && memberType is { IsEnum: true } && !Enum.IsDefined(memberType, 0)) ||
                           RangeLeavesOutDefault(c.Validator, memberType)));
            if (insisted)
            {
                required.Add(member.Key);
            }
        }

        foreach (var included in descriptor.Rules.OfType<IIncludeRule>().Cast<IValidationRule>()
                     .SelectMany(rule => rule.Components)
                     .Where(c => c is { HasCondition: false, HasAsyncCondition: false })
                     .Select(c => c.Validator).OfType<IChildValidatorAdaptor>())
        {
            Collect(type, (IValidator)ActivatorUtilities.CreateInstance(provider, included.ValidatorType), provider, required);
        }
    }

    /// <summary>A <c>RuleForEach</c> speaks of the items (<c>NotNull</c>: no null item), not of the list itself.</summary>
    private static bool IsForEachItem(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

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
        return validator.Name switch
        {
            "InclusiveBetweenValidator" => from.CompareTo(missing) > 0 || to.CompareTo(missing) < 0,
            "ExclusiveBetweenValidator" => from.CompareTo(missing) >= 0 || to.CompareTo(missing) <= 0,
            _ => false,
        };
    }
}
