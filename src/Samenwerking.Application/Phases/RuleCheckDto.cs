using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases;

/// <summary>One exit rule: stable code, whether it holds, and why.</summary>
/// <param name="Code">Stable code of the rule, e.g. `at-least-two-participants`.</param>
/// <param name="Met">Whether the rule holds now.</param>
/// <param name="Detail">What holds or what is missing, e.g. the municipalities still missing a decision.</param>
public sealed record RuleCheckDto(string Code, bool Met, string Detail);
