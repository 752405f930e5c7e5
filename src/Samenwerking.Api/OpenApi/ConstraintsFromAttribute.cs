namespace Samenwerking.Api.OpenApi;

/// <summary>
/// A body type that documents what another, validated type receives (a merge patch of a replacement): its
/// schema carries that type's validator constraints, member by member of the same name.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ConstraintsFromAttribute(Type validatedType) : Attribute
{
    public Type ValidatedType { get; } = validatedType;
}
