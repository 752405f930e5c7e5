using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.EvaluationFrameworks;

public static class EvaluationFrameworkDetailsExtensions
{
    public static IReadOnlyList<EvaluationCriterion> ToCriteria(this IEvaluationFrameworkDetails details) =>
        details.Criteria.Select(c => new EvaluationCriterion(c.Code, c.Name, c.Description)).ToList();
}
