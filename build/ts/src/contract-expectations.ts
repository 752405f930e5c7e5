// Compile-time checks that the generated types say what the server does. If the document loses
// `required`, nullability or string enums, or accepts a misspelt query key, `tsc` fails here.
import type { paths } from "../generated/samenwerking-api";
import type { SamenwerkingClient, Schemas } from "./client";
import type { ChangeForbidden } from "./collaborations";
import type { TransitionConflict } from "./phase-transitions";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type ContractExpectations = [
  // Always sent, null while in force.
  Expect<Equal<Schemas["Municipality"]["validTo"], string | null>>,
  Expect<Equal<Schemas["Municipality"]["validFrom"], string>>,
  // Enums travel as their camelCase Dutch values.
  Expect<Equal<Schemas["Phase"], "verkenning" | "voorbereiding" | "implementatie" | "doorontwikkeling">>,
  Expect<Equal<Schemas["LegalKind"], "publiekrechtelijk" | "privaatrechtelijk">>,
  Expect<Equal<Schemas["LegalInstrumentTerm"]["kind"], Schemas["LegalKind"]>>,
  // One JSON type per response: a list's 200 is its page, never also a CSV string (the register has operations of its own).
  Expect<Equal<NonNullable<paths["/collaborations"]["get"]["responses"][200]["content"]>, { "application/json": Schemas["CollaborationSummaryPage"] }>>,
  Expect<Equal<keyof NonNullable<paths["/register"]["get"]["responses"][200]["content"]>, "text/csv">>,
  // Undecided dimensions are sent as null, never left out.
  Expect<Equal<Schemas["Collaboration"]["taskScope"], Schemas["TaskScope"] | null>>,
  Expect<Equal<Schemas["Collaboration"]["legalForm"], Schemas["LegalForm"] | null>>,
  // Problems always carry these members.
  Expect<Equal<Schemas["ProblemDetails"]["status"], number>>,
  Expect<Equal<Schemas["ProblemDetails"]["detail"], string>>,
  Expect<Equal<Schemas["ValidationProblemDetails"]["errors"], Record<string, string[]>>>,
  // A criterion not assessed leaves its score out; only the criterion itself is always required.
  Expect<Equal<Pick<Schemas["CriterionScoreInput"], "criterion" | "score">, { criterion: string; score?: number | null }>>,
  // A trend point is always there, its score null where the criterion was not assessed.
  Expect<Equal<Schemas["TrendPoint"]["score"], number | null>>,
  // A 409 is one of the problem types its operation lists; narrowing on `type` reaches that type's facts.
  Expect<Equal<Extract<TransitionConflict, { type: "urn:samenwerking:problem:exit-rules-not-met" }>["unmetRules"], Schemas["RuleCheck"][]>>,
  Expect<Equal<Extract<TransitionConflict, { type: "urn:samenwerking:problem:phase-transition-not-allowed" }>["allowedNextPhase"], Schemas["Phase"] | null>>,
  // Each problem schema fixes its own `type`; a 403 of a change is the generic one or the refusal of who may change it.
  Expect<Equal<Schemas["ExitRulesNotMetProblem"]["type"], "urn:samenwerking:problem:exit-rules-not-met">>,
  Expect<Equal<TransitionConflict["type"],
    | "urn:samenwerking:problem:exit-rules-not-met"
    | "urn:samenwerking:problem:phase-transition-not-allowed"
    | "urn:samenwerking:problem:effective-date-before-phase-start"
    | "urn:samenwerking:problem:dated-in-the-future"
    | "urn:samenwerking:problem:collaboration-ended"
    | "urn:samenwerking:problem:idempotency-key-in-flight">>,
  Expect<Equal<ChangeForbidden["type"],
    | "urn:samenwerking:problem:not-a-participating-municipality"
    | "urn:samenwerking:problem:not-delegated-for-change"
    | "urn:samenwerking:problem:delegation-ended"
    | "urn:samenwerking:problem:forbidden">>,
  Expect<Equal<Extract<ChangeForbidden, { type: "urn:samenwerking:problem:not-a-participating-municipality" }>["requiredMunicipalities"], string[]>>,
  // Rule codes are an enumeration, in the checklist and in a refusal alike; missing decisions are data.
  Expect<Equal<Schemas["RuleCheck"]["code"], Schemas["ExitRuleCode"]>>,
  Expect<Equal<Schemas["MissingDecision"]["decisionKind"], Schemas["DecisionKind"]>>,
];

export function unnarrowedFactsAreRejected(conflict: TransitionConflict): void {
  // @ts-expect-error only an exit-rules-not-met problem has unmetRules: narrow on `type` first
  void conflict.unmetRules;
  // @ts-expect-error there is no such rule
  const code: Schemas["ExitRuleCode"] = "two-participants";
  void code;
}

export async function misuseIsRejected(client: SamenwerkingClient): Promise<void> {
  // @ts-expect-error query keys are camelCase: page_size does not exist
  await client.GET("/municipalities", { params: { query: { page_size: 10 } } });
  // @ts-expect-error the path parameter is required
  await client.GET("/municipalities/{code}", { params: { path: {} } });
  // @ts-expect-error the trend needs a framework: scores only compare within one
  await client.GET("/collaborations/{id}/evaluations/trend", { params: { path: { id: "x" }, query: {} } });
  // @ts-expect-error there is no such phase
  const phase: Schemas["Phase"] = "afronding";
  void phase;
}
