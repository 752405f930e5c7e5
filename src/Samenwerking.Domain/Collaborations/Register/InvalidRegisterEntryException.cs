namespace Samenwerking.Domain.Collaborations.Register;

/// <summary>A register entry that can never hold; the API answers 400 naming every field, like inconsistent dimensions.</summary>
public sealed class InvalidRegisterEntryException(IReadOnlyList<RegisterProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<RegisterProblem> Problems { get; } = problems;
}
