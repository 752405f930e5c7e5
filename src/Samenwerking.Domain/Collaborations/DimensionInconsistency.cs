namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// One way in which the dimensions contradict themselves, with the field the client should fix
/// (as the API names it) and a sentence a user understands.
/// </summary>
public sealed record DimensionInconsistency(string Field, string Message);
