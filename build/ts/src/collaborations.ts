// Scenario: an adviser's screen that records a collaboration and edits it safely. Every change to an
// existing collaboration sends the ETag it was based on (If-Match); a 412 means someone else changed
// it first, so the screen reloads instead of overwriting their work.
import type { paths } from "../generated/samenwerking-api";
import { ProblemError, type SamenwerkingClient, type Schemas } from "./client";

export type Collaboration = Schemas["Collaboration"];

export interface Versioned<T> {
  value: T;
  /** The ETag header: documented on the response, so this is part of the contract, not a guess. */
  etag: string;
}

function etagOf(response: Response): string {
  const etag = response.headers.get("ETag");
  if (etag === null) {
    throw new Error("The API documents an ETag on this response but sent none.");
  }

  return etag;
}

export async function createCollaboration(client: SamenwerkingClient, name: string, municipalityCodes: string[]): Promise<Versioned<Collaboration>> {
  const { data, error, response } = await client.POST("/collaborations", {
    body: { name, participants: municipalityCodes.map((municipalityCode) => ({ municipalityCode })) },
  });
  if (error) {
    throw new ProblemError(error);
  }

  return { value: data, etag: etagOf(response) };
}

export async function loadCollaboration(client: SamenwerkingClient, id: string): Promise<Versioned<Collaboration>> {
  const { data, error, response } = await client.GET("/collaborations/{id}", { params: { path: { id } } });
  if (error) {
    throw new ProblemError(error);
  }

  return { value: data, etag: etagOf(response) };
}

/**
 * Decides the legal form; on a 412 the caller gets the current version back to show the user, on a 403 (the
 * user's municipality takes no part) the explanation to show instead of an edit form.
 */
export async function chooseLegalForm(
  client: SamenwerkingClient,
  current: Versioned<Collaboration>,
  instrument: Schemas["LegalInstrument"],
  kind: Schemas["LegalKind"],
): Promise<{ saved: Versioned<Collaboration> } | { changedByOthers: Versioned<Collaboration> } | { notOurs: string }> {
  const collaboration = current.value;
  const { data, error, response } = await client.PUT("/collaborations/{id}", {
    params: { path: { id: collaboration.id }, header: { "If-Match": current.etag } },
    body: {
      name: collaboration.name,
      description: collaboration.description,
      taskTypes: collaboration.taskTypes,
      taskScope: collaboration.taskScope,
      governanceLevel: collaboration.governanceLevel,
      initiative: collaboration.initiative,
      legalForm: { kind, instrument },
    },
  });
  if (error) {
    const problem = new ProblemError(error);
    if (problem.problem.status === 412) {
      return { changedByOthers: await loadCollaboration(client, collaboration.id) };
    }

    if (problem.isNotOursToChange) {
      return { notOurs: problem.problem.detail };
    }

    throw problem;
  }

  return { saved: { value: data, etag: etagOf(response) } };
}

/** What a detail screen shows for a dimension that may still be undecided (null). */
export function legalFormLabel(collaboration: Collaboration, vocabularies: Schemas["Vocabularies"]): string {
  const instrument = collaboration.legalForm?.instrument;
  if (instrument === undefined || instrument === null) {
    return "Nog niet gekozen";
  }

  return vocabularies.legalInstruments.values.find((term) => term.value === instrument)?.label ?? instrument;
}

/** What a 403 of `PUT /collaborations/{id}` can be: the generic one (scope), the refusal naming who may change it, or a delegate's refusal. */
export type ChangeForbidden =
  paths["/collaborations/{id}"]["put"]["responses"][403]["content"]["application/problem+json"];

/** Narrowing on `type` gives the refusal's typed members: whom to ask, not an English sentence to parse. */
export function explainForbiddenChange(forbidden: ChangeForbidden): string {
  switch (forbidden.type) {
    case "urn:samenwerking:problem:not-a-participating-municipality":
      return `Alleen ${forbidden.requiredMunicipalities.join(", ")} mogen dit wijzigen; u treedt op voor ${forbidden.yourMunicipalities.join(", ") || "geen gemeente"}.`;
    case "urn:samenwerking:problem:not-delegated-for-change":
      return `Uw machtiging geldt voor ${forbidden.delegatedChanges.join(", ") || "niets"}, niet voor ${forbidden.requestedChange}.`;
    case "urn:samenwerking:problem:delegation-ended":
      return `Uw machtiging van ${forbidden.grantedBy} is op ${forbidden.endedOn} geëindigd.`;
    case "urn:samenwerking:problem:forbidden":
      return forbidden.detail;
  }
}
