using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Phases;

/// <summary>
/// One condition that must hold before a collaboration may leave a phase. Each is a small named
/// rule so the readiness checklist and the transition ask exactly the same questions.
/// </summary>
public abstract class ExitRule
{
    public abstract string Code { get; }

    /// <summary>
    /// Codes of the rules (of the same phase) that must hold before this one can be worked on: a client shows
    /// them as prerequisites rather than as independent tasks.
    /// </summary>
    public virtual IReadOnlyList<string> WaitsFor => [];

    public abstract RuleCheck Check(IExitRuleFacts collaboration, DateOnly today);

    protected RuleCheck Met(Text detail) => new(Code, true, detail) { WaitsFor = WaitsFor };

    protected RuleCheck Unmet(Text detail) => new(Code, false, detail) { WaitsFor = WaitsFor };

    protected RuleCheck When(bool met, Text metDetail, Text unmetDetail) => met ? Met(metDetail) : Unmet(unmetDetail);
}
