using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.RecordEvaluation;

/// <summary>A recommendation of the evaluation.</summary>
/// <param name="Text">The recommendation.</param>
/// <param name="Owner">Who is to act on it, when named (an organisation or role rather than a person is advised).</param>
public sealed record RecommendationInput([property: MultiLineText] string Text, string? Owner = null);
