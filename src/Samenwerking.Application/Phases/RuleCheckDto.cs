using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases;

/// <summary>One exit rule: stable code, whether it holds, and why, as a sentence and as data.</summary>
/// <param name="Code">Stable code of the rule, e.g. `at-least-two-participants`.</param>
/// <param name="Met">Whether the rule holds now.</param>
/// <param name="Detail">What holds or what is missing, for people (Dutch with `Accept-Language: nl`); the same facts are in `missingDecisions` and `waitsFor`.</param>
/// <param name="MissingDecisions">Per participating municipality, each positive decision still missing; empty for every other rule.</param>
/// <param name="WaitsFor">Codes of the rules that must hold before this one can be worked on (the decisions wait on the legal form); empty when none.</param>
public sealed record RuleCheckDto(string Code, bool Met, string Detail, IReadOnlyList<MissingDecisionDto> MissingDecisions,
    IReadOnlyList<string> WaitsFor)
{
    /// <summary>What the domain's rule reported, with its sentence in the request's language.</summary>
    public static RuleCheckDto From(RuleCheck check) => new(check.Code, check.Met,
        check.Explanation.InRequestLanguage(),
        check.MissingDecisions.Select(m => new MissingDecisionDto(m.MunicipalityCode, m.DecisionKind, m.Refused)).ToList(),
        check.WaitsFor);
}
