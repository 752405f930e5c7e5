// The end of a collaboration's life through openapi-fetch against a live API: a decision recorded wrongly is corrected,
// an operating regeling is dissolved once its participants decided to (a typed 409 names who has not), and a
// herindeling's dry run reports what would pass to the successor without changing anything.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { paths } from "../../generated/samenwerking-api";
import type { Schemas } from "../client";
import { createCollaboration } from "../collaborations";
import { etagOf, liveUsers, uniqueName } from "./live-api";

const { administrator } = liveUsers();
const [first, second] = ["GM0225", "GM0296"] as const;
const municipalities = [first, second];
// Yesterday is never in the future, whatever the time zones of this machine and the API.
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

type DissolutionConflict =
  paths["/collaborations/{id}/dissolution"]["put"]["responses"][409]["content"]["application/problem+json"];

function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  assert.ok(result.response.ok, `the API answered ${result.response.status}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/** A change's answer: what it made and the collaboration's new version. */
function versioned<T>(result: { data?: T; error?: unknown; response: Response }): { data: T; etag: string } {
  return { data: ok(result), etag: etagOf(result.response) };
}

async function decide(id: string, etag: string, municipalityCode: string, body: Schemas["DecisionBody"], kind: Schemas["DecisionKind"]) {
  return versioned(await administrator.client.POST("/collaborations/{id}/decisions", {
    params: { path: { id }, header: { "If-Match": etag } },
    body: { municipalityCode, body, kind, decidedOn: yesterday, outcome: "positief" },
  }));
}

async function moveTo(id: string, etag: string, to: Schemas["Phase"]): Promise<string> {
  return versioned(await administrator.client.POST("/collaborations/{id}/phase-transitions", {
    params: { path: { id }, header: { "If-Match": etag } },
    body: { to, rationale: `Naar ${to}.` },
  })).etag;
}

/** A bedrijfsvoeringsorganisatie of two municipalities, operating since yesterday. */
async function inImplementatie(name: string): Promise<{ id: string; etag: string; decisions: Schemas["Decision"][] }> {
  const { client } = administrator;
  const created = await createCollaboration(client, uniqueName(name), municipalities);
  const id = created.value.id;
  let etag = versioned(await client.PUT("/collaborations/{id}", {
    params: { path: { id }, header: { "If-Match": created.etag } },
    body: {
      name: created.value.name,
      taskTypes: ["bedrijfsvoering"],
      taskScope: "alle",
      governanceLevel: "operationeel",
      organisationForm: { novelty: "nieuw", multiplicity: "een", structure: "centraal" },
      legalForm: { kind: "publiekrechtelijk", instrument: "bedrijfsvoeringsorganisatie" },
      initiative: "vrijwillig",
    },
  })).etag;
  etag = await moveTo(id, etag, "voorbereiding");
  const decisions: Schemas["Decision"][] = [];
  for (const municipality of municipalities) {
    const consent = await decide(id, etag, municipality, "raad", "toestemming");
    const joining = await decide(id, consent.etag, municipality, "college", "besluitTotDeelname");
    decisions.push(consent.data, joining.data);
    etag = joining.etag;
  }
  etag = await moveTo(id, etag, "implementatie");
  etag = versioned(await client.PUT("/collaborations/{id}/operating-since", {
    params: { path: { id }, header: { "If-Match": etag } },
    body: { operatingSince: yesterday },
  })).etag;
  return { id, etag, decisions };
}

test("a decision recorded wrongly is corrected, with the reason in the history", async () => {
  const { client } = administrator;
  const { id, etag, decisions } = await inImplementatie("Correctie live");
  const consent = decisions.find((decision) => decision.kind === "toestemming")!;

  const corrected = versioned(await client.PUT("/collaborations/{id}/decisions/{decisionId}", {
    params: { path: { id, decisionId: consent.id }, header: { "If-Match": etag } },
    body: {
      body: "raad", kind: "toestemming", decidedOn: yesterday, outcome: "positief",
      reference: "Raadsbesluit 2024-043", reason: "Onjuist geregistreerd: verkeerd raadsbesluitnummer.",
    },
  }));
  assert.equal(corrected.data.reference, "Raadsbesluit 2024-043");
  assert.notEqual(corrected.etag, etag);

  const history = ok(await client.GET("/collaborations/{id}/history", { params: { path: { id } } }));
  assert.ok(history.items.some((entry) => entry.kind === "decisionCorrected"), "the history shows the correction");
});

test("a regeling is dissolved once every participant decided to; before that a typed 409 names who has not", async () => {
  const { client } = administrator;
  let { id, etag } = await inImplementatie("Opheffing live");

  const early = await client.PUT("/collaborations/{id}/dissolution", {
    params: { path: { id }, header: { "If-Match": etag } },
    body: { endedOn: yesterday, reason: "Opgeheven." },
  });
  assert.equal(early.response.status, 409);
  const conflict = early.error as DissolutionConflict;
  if (conflict.type !== "urn:samenwerking:problem:dissolution-decisions-missing") {
    assert.fail(`expected dissolution-decisions-missing, got ${conflict.type}`);
  }
  assert.deepEqual([...conflict.undecidedMunicipalities].sort(), municipalities);

  for (const municipality of municipalities) {
    etag = (await decide(id, etag, municipality, "raad", "toestemmingTotOpheffing")).etag;
    etag = (await decide(id, etag, municipality, "college", "besluitTotOpheffing")).etag;
  }
  const ended = versioned(await client.PUT("/collaborations/{id}/dissolution", {
    params: { path: { id }, header: { "If-Match": etag } },
    body: { endedOn: yesterday, reason: "De gemeenten gaan elk hun eigen weg." },
  }));
  assert.equal(ended.data.endedOn, yesterday);

  const listed = ok(await client.GET("/collaborations", { params: { query: { municipality: first, pageSize: 100 } } }));
  assert.ok(!listed.items.some((item) => item.id === id), "an ended collaboration is left out by default");
  const withEnded = ok(await client.GET("/collaborations", {
    params: { query: { municipality: first, pageSize: 100, includeEnded: true } },
  }));
  assert.equal(withEnded.items.find((item) => item.id === id)?.endedOn, yesterday);
});

test("a herindeling's dry run reports what would pass to the successor and changes nothing", async () => {
  const { client } = administrator;
  // Haren (GM0017) ended on 1 January 2019: it can take part from before then.
  const created = versioned(await client.POST("/collaborations", {
    body: {
      name: uniqueName("Centrumregeling Haren live"),
      participants: [
        { municipalityCode: "GM0017", joinedOn: "2015-01-01", role: "centrumgemeente" },
        { municipalityCode: "GM0014", joinedOn: "2015-01-01", role: "deelnemer" },
      ],
    },
  }));
  const request: Schemas["HerindelingRequest"] = { effectiveOn: "2019-01-01", endingMunicipalityCodes: ["GM0017", "GM0009"], successorCode: "GM0014" };

  const report = await client.POST("/herindelingen/dry-runs", { body: request });
  assert.ok(report.response.ok, `the API answered ${report.response.status}: ${JSON.stringify(report.error)}`);
  assert.equal(report.data!.applied, false);
  assert.ok(report.data!.collaborations.some((touched) => touched.collaborationId === created.data.id), "the dry run names the collaboration Haren takes part in");

  const after = versioned(await client.GET("/collaborations/{id}", { params: { path: { id: created.data.id } } }));
  assert.equal(after.etag, created.etag, "a dry run changes nothing");
});
