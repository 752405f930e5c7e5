// Scenario: a collaboration's page that shows its participants and its timeline. Every list is an object with
// `items` (bounded lists come whole, paged ones add `page`), and each timeline entry says what it is about and
// where to GET it. Failures are left to the caller's error handling (see client.ts); this file is about shapes.
import type { SamenwerkingClient, Schemas } from "./client";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type ListExpectations = [
  // Bounded lists: `{ items }`, named for what they list.
  Expect<Equal<Schemas["ParticipantList"]["items"], Schemas["Participant"][]>>,
  Expect<Equal<Schemas["DecisionList"]["items"], Schemas["Decision"][]>>,
  // History entries: a stable id, the id of what they are about (null for other kinds), a link.
  Expect<Equal<Schemas["HistoryEntry"]["id"], string>>,
  Expect<Equal<Schemas["HistoryEntry"]["decisionId"], string | null>>,
  Expect<Equal<Schemas["HistoryEntry"]["href"], string | null>>,
];

/** The participants in the order they joined: by date, then the order they were added. */
export async function participantsInOrderOfJoining(client: SamenwerkingClient, id: string): Promise<Schemas["Participant"][]> {
  const { data, response } = await client.GET("/collaborations/{id}/participants", { params: { path: { id } } });
  if (data === undefined) {
    throw new Error(`Listing participants answered ${response.status}.`);
  }

  return data.items;
}

/** The decisions the latest page of the timeline mentions, each read through the id its entry carries. */
export async function decisionsOnTheTimeline(client: SamenwerkingClient, id: string): Promise<Schemas["Decision"][]> {
  const { data, response } = await client.GET("/collaborations/{id}/history", { params: { path: { id }, query: { pageSize: 100 } } });
  if (data === undefined) {
    throw new Error(`Reading the timeline answered ${response.status}.`);
  }

  const decisions: Schemas["Decision"][] = [];
  for (const entry of data.items) {
    if (entry.kind === "decisionRecorded" && entry.decisionId !== null) {
      const decision = await client.GET("/collaborations/{id}/decisions/{decisionId}", {
        params: { path: { id, decisionId: entry.decisionId } },
      });
      if (decision.data !== undefined) {
        decisions.push(decision.data);
      }
    }
  }

  return decisions;
}
