using System.Linq.Expressions;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Application.Decisions;

/// <summary>A decision straight from its row into its DTO.</summary>
public static class DecisionProjections
{
    public static readonly Expression<Func<Decision, DecisionDto>> ToDto = d =>
        new DecisionDto(d.Id, d.MunicipalityCode, d.Body, d.Kind, d.DecidedOn, d.Outcome, d.Reference, d.Summary, d.RecordedAt);
}
