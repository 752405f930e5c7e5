// Scenario: dropdowns and labels built from GET /vocabularies instead of hard-coded lists.
import { ProblemError, type SamenwerkingClient, type Schemas } from "./client";

export interface Option<TValue extends string> {
  value: TValue;
  label: string;
  title: string;
}

export async function loadVocabularies(client: SamenwerkingClient): Promise<Schemas["Vocabularies"]> {
  const { data, error } = await client.GET("/vocabularies");
  if (error) {
    throw new ProblemError(error);
  }

  return data;
}

export function options<TValue extends string>(vocabulary: { values: { value: TValue; label: string; description: string }[] }): Option<TValue>[] {
  return vocabulary.values.map((term) => ({ value: term.value, label: term.label, title: term.description }));
}

/** The instruments a form offers once the user has chosen a legal kind. */
export function instrumentsOfKind(vocabularies: Schemas["Vocabularies"], kind: Schemas["LegalKind"]): Option<Schemas["LegalInstrument"]>[] {
  return options({ values: vocabularies.legalInstruments.values.filter((term) => term.kind === kind) });
}

export function phaseLabel(vocabularies: Schemas["Vocabularies"], phase: Schemas["Phase"]): string {
  return vocabularies.phases.values.find((term) => term.value === phase)?.label ?? phase;
}
