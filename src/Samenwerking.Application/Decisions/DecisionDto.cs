using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions;

/// <summary>A formal decision of a participating municipality.</summary>
/// <param name="Id">Identifier of the decision.</param>
/// <param name="MunicipalityCode">CBS code of the deciding municipality.</param>
/// <param name="Body">The body that decided.</param>
/// <param name="Kind">What kind of decision it is.</param>
/// <param name="DecidedOn">Date of the decision.</param>
/// <param name="Outcome">Positive or negative.</param>
/// <param name="Reference">Number or link of the published text.</param>
/// <param name="Summary">Short summary.</param>
/// <param name="RecordedAt">When it was recorded here (UTC).</param>
public sealed record DecisionDto(Guid Id, string MunicipalityCode, DecisionBody Body, DecisionKind Kind, DateOnly DecidedOn,
    DecisionOutcome Outcome, string? Reference, string? Summary, DateTimeOffset RecordedAt);

public static class DecisionMappings
{
    public static DecisionDto ToDto(this Decision d) =>
        new(d.Id, d.MunicipalityCode, d.Body, d.Kind, d.DecidedOn, d.Outcome, d.Reference, d.Summary, d.RecordedAt);
}
