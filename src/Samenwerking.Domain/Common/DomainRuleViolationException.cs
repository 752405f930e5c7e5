namespace Samenwerking.Domain.Common;

/// <summary>
/// A business rule of the domain refused a change. The API turns it into a 409 problem whose
/// <see cref="ProblemType"/> tells clients which rule it was without parsing the text.
/// </summary>
public class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(string problemType, string title, string detail,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(detail)
    {
        ProblemType = problemType;
        Title = title;
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    /// <summary>A short, stable kebab-case name for the rule, e.g. <c>duplicate-name</c>.</summary>
    public string ProblemType { get; }

    public string Title { get; }

    /// <summary>Machine-readable facts about the refusal (e.g. the current phase).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }
}
