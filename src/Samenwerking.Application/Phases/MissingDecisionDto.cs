using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Phases;

/// <summary>A positive decision a participating municipality still has to take.</summary>
/// <param name="MunicipalityCode">CBS code of the municipality.</param>
/// <param name="DecisionKind">The kind of decision still missing.</param>
/// <param name="Refused">True when the latest decision of this kind was negative (a refused toestemming counts until a positive one is recorded).</param>
public sealed record MissingDecisionDto(string MunicipalityCode, DecisionKind DecisionKind, bool Refused);
