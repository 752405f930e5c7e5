using Samenwerking.Domain.Decisions;

namespace Samenwerking.Domain.Phases;

/// <summary>
/// A positive decision a participating municipality still has to take before voorbereiding can end.
/// <see cref="Refused"/>: the latest decision of this kind was negative (a refused toestemming counts until a
/// later positive one is recorded).
/// </summary>
public sealed record MissingDecision(string MunicipalityCode, DecisionKind DecisionKind, bool Refused);
