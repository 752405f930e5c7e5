// Scenario: the "next phase" button of an adviser's screen. Before the click it shows the readiness checklist
// (what is missing, per municipality, and which step waits on which); after a refused click it explains the
// refusal from the problem's typed members, chosen by narrowing on `type`: no casts, no parsing of English text.
import type { paths } from "../generated/samenwerking-api";
import { ProblemError, type SamenwerkingClient, type Schemas } from "./client";

/** What a 409 of `POST …/phase-transitions` can be: the union of problem types the contract lists under it. */
export type TransitionConflict =
  paths["/collaborations/{id}/phase-transitions"]["post"]["responses"][409]["content"]["application/problem+json"];

/** One line per refusal, in the user's language where the API wrote it, with the facts a screen links to. */
export function explainRefusedTransition(conflict: TransitionConflict): string {
  switch (conflict.type) {
    case "urn:samenwerking:problem:exit-rules-not-met":
      return conflict.unmetRules.map((rule) => `${rule.code}: ${rule.detail}`).join("\n");
    case "urn:samenwerking:problem:phase-transition-not-allowed":
      return conflict.allowedNextPhase === null
        ? `${conflict.currentPhase} is de laatste fase.`
        : `Vanuit ${conflict.currentPhase} kan alleen ${conflict.allowedNextPhase}, niet ${conflict.requestedPhase}.`;
    case "urn:samenwerking:problem:effective-date-before-phase-start":
      return `De fase begon op ${conflict.currentPhaseStartedOn}.`;
    case "urn:samenwerking:problem:collaboration-ended":
      return `De samenwerking is beëindigd op ${conflict.endedOn}.`;
    case "urn:samenwerking:problem:dated-in-the-future":
    case "urn:samenwerking:problem:idempotency-key-in-flight":
      return conflict.detail;
  }
}

/** The checklist as tasks: a rule that waits on another is shown as blocked, missing decisions as a table. */
export async function checklist(client: SamenwerkingClient, id: string): Promise<{ task: string; blockedBy: Schemas["ExitRuleCode"][] }[]> {
  const { data, error } = await client.GET("/collaborations/{id}/phases/current/readiness", { params: { path: { id } } });
  if (error) {
    throw new ProblemError(error);
  }

  const unmet = new Set(data.rules.filter((rule) => !rule.met).map((rule) => rule.code));
  return data.rules
    .filter((rule) => !rule.met)
    .flatMap((rule) => {
      const blockedBy = rule.waitsFor.filter((code) => unmet.has(code));
      return rule.missingDecisions.length === 0
        ? [{ task: rule.detail, blockedBy }]
        : rule.missingDecisions.map((missing) => ({ task: `${missing.municipalityCode}: ${missing.decisionKind}`, blockedBy }));
    });
}
