namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// One way in which the dimensions contradict themselves, with the field the client should fix
/// (as the API names it) and a sentence a user understands, in English and Dutch (ADR 0007: the domain's texts
/// stay beside its rules).
/// </summary>
public sealed record DimensionInconsistency(string Field, Rules.Text Message);
