using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Common;

/// <summary>
/// A business rule refused a change. <see cref="Refusal"/> is the catalogue entry (code, titles, 409 or
/// 403), <see cref="Detail"/> says what happened in both languages, <see cref="Extensions"/> carries
/// the facts a client needs. Thrown through <c>Refusals.X.Because(…)</c>.
/// </summary>
public class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(Refusal refusal, Text detail, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(detail.English)
    {
        Refusal = refusal;
        Detail = detail;
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    public Refusal Refusal { get; }

    /// <summary>The rule's stable kebab-case code, e.g. <c>duplicate-name</c>.</summary>
    public string ProblemType => Refusal.Code;

    public string Title => Refusal.EnglishTitle;

    public Text Detail { get; }

    /// <summary>Machine-readable facts about the refusal (e.g. the current phase).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }
}
