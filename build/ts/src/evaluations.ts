// Scenario: the doorontwikkeling screen. It records an evaluation (every criterion of the framework either
// scored or explicitly not assessed) and draws the trend: one line per criterion, a gap where a criterion
// was not assessed that time.
import { ProblemError, type SamenwerkingClient, type Schemas } from "./client";

/** The shipped default framework; its id is documented as stable (listEvaluationFrameworks). */
export const defaultFrameworkId = "d0de49d4-cb77-4389-a455-f16835a04baa";

export type Judgement = { score: number; explanation: string } | { notAssessedBecause: string };

export async function recordEvaluation(
  client: SamenwerkingClient,
  collaboration: { id: string; etag: string },
  evaluatedOn: string,
  evaluator: string,
  judgements: Record<string, Judgement>,
): Promise<Schemas["Evaluation"]> {
  const scores: Schemas["CriterionScoreInput"][] = Object.entries(judgements).map(([criterion, judgement]) =>
    "score" in judgement
      ? { criterion, score: judgement.score, explanation: judgement.explanation }
      : { criterion, nietBeoordeeld: true, reason: judgement.notAssessedBecause },
  );
  const { data, error } = await client.POST("/collaborations/{id}/evaluations", {
    params: { path: { id: collaboration.id }, header: { "If-Match": collaboration.etag } },
    body: { frameworkId: defaultFrameworkId, evaluatedOn, kind: "zelfevaluatie", evaluator, scores, recommendations: [] },
  });
  if (error) {
    throw new ProblemError(error);
  }

  return data;
}

export interface ChartLine {
  label: string;
  /** x: the evaluation date (yyyy-MM-dd); y: its score, null for a gap in the line. */
  points: { x: string; y: number | null }[];
}

export async function loadTrendChart(
  client: SamenwerkingClient,
  collaborationId: string,
  frameworkId: string = defaultFrameworkId,
): Promise<{ title: string; lines: ChartLine[] }> {
  const { data, error } = await client.GET("/collaborations/{id}/evaluations/trend", {
    params: { path: { id: collaborationId }, query: { frameworkId } },
  });
  if (error) {
    throw new ProblemError(error);
  }

  return {
    title: data.frameworkName,
    lines: data.criteria.map((series) => ({
      label: series.name,
      points: series.points.map((point) => ({ x: point.evaluatedOn, y: point.score })),
    })),
  };
}
