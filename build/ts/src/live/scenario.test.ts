// The frontend scenario run against a live API (build/checks/typescript-client.sh): every call goes through
// openapi-fetch with the generated types, and every assertion reads what those types promise. A refusal is read
// from its typed members after narrowing on `type`; nothing casts a body to a type its status does not have.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { paths } from "../../generated/samenwerking-api";
import type { Schemas } from "../client";
import { createCollaboration, explainForbiddenChange, type ChangeForbidden } from "../collaborations";
import type { TransitionConflict } from "../phase-transitions";
import { etagOf, liveUsers, uniqueName } from "./live-api";

const { administrator, municipal, outsider } = liveUsers();
const partner = "GM0613";

/** openapi-fetch types `error` as every error status at once: the status answered picks the contract's type for it. */
function refusal<T>(response: Response, status: number, error: unknown): T {
  assert.equal(response.status, status, `expected ${status}, the API answered ${response.status}: ${JSON.stringify(error)}`);
  return error as T;
}

const everyDimension = (name: string): Schemas["UpdateCollaborationRequest"] => ({
  name,
  taskTypes: ["beleid", "uitvoering", "bedrijfsvoering"],
  taskScope: "alle",
  governanceLevel: "strategisch",
  organisationForm: { novelty: "nieuw", multiplicity: "een", structure: "centraal" },
  legalForm: { kind: "publiekrechtelijk", instrument: "bedrijfsvoeringsorganisatie" },
  initiative: "vrijwillig",
  register: {
    citationTitle: `GR ${name}`,
    purpose: "Samen de bedrijfsvoering uitvoeren.",
    inForceSince: "2017-01-01",
    publicationUrl: "https://lokaleregelgeving.overheid.nl/CVDR000001",
    seat: { address: "Voorbeeldstraat 1", place: "Voorbeeldstad" },
  },
});

test("a premature phase transition is a typed 409 with its unmet rules and missing decisions", async () => {
  const { client, municipality } = municipal;
  const created = await createCollaboration(client, uniqueName("Werkorganisatie live"), [municipality!, partner]);
  const path = { id: created.value.id };

  const early = await client.POST("/collaborations/{id}/phase-transitions", {
    params: { path, header: { "If-Match": created.etag } },
    body: { to: "voorbereiding", rationale: "Te vroeg." },
  });
  const notYet = refusal<TransitionConflict>(early.response, 409, early.error);
  if (notYet.type !== "urn:samenwerking:problem:exit-rules-not-met") {
    assert.fail(`expected exit-rules-not-met, got ${notYet.type}`);
  }
  assert.equal(notYet.currentPhase, "verkenning");
  assert.ok(notYet.unmetRules.some((rule) => rule.code === "task-types-chosen" && !rule.met));

  const decided = await client.PUT("/collaborations/{id}", {
    params: { path, header: { "If-Match": created.etag } },
    body: everyDimension(created.value.name),
  });
  assert.equal(decided.response.status, 200);
  const moved = await client.POST("/collaborations/{id}/phase-transitions", {
    params: { path, header: { "If-Match": etagOf(decided.response) } },
    body: { to: "voorbereiding", rationale: "Verder." },
  });
  assert.equal(moved.data?.to, "voorbereiding");

  const tooSoon = await client.POST("/collaborations/{id}/phase-transitions", {
    params: { path, header: { "If-Match": etagOf(moved.response) } },
    body: { to: "implementatie", rationale: "Te vroeg." },
  });
  const undecided = refusal<TransitionConflict>(tooSoon.response, 409, tooSoon.error);
  if (undecided.type !== "urn:samenwerking:problem:exit-rules-not-met") {
    assert.fail(`expected exit-rules-not-met, got ${undecided.type}`);
  }
  const decisions = undecided.unmetRules.find((rule) => rule.code === "required-decisions-recorded");
  assert.ok(decisions, "the councils' and colleges' decisions are missing");
  const missing: [string, Schemas["DecisionKind"]][] = decisions.missingDecisions.map((m) => [m.municipalityCode, m.decisionKind]);
  assert.deepEqual(missing.sort(), [
    [municipality, "besluitTotDeelname"],
    [municipality, "toestemming"],
    [partner, "besluitTotDeelname"],
    [partner, "toestemming"],
  ].sort());
});

test("a change by a municipality that takes no part is a typed 403 naming who may make it", async () => {
  const created = await createCollaboration(municipal.client, uniqueName("Dienst live"), [municipal.municipality!]);

  const taken = await outsider.client.PUT("/collaborations/{id}", {
    params: { path: { id: created.value.id }, header: { "If-Match": created.etag } },
    body: { name: uniqueName("Overgenomen") },
  });
  const forbidden = refusal<ChangeForbidden>(taken.response, 403, taken.error);
  if (forbidden.type !== "urn:samenwerking:problem:not-a-participating-municipality") {
    assert.fail(`expected not-a-participating-municipality, got ${forbidden.type}`);
  }
  assert.deepEqual(forbidden.requiredMunicipalities, [municipal.municipality]);
  assert.deepEqual(forbidden.yourMunicipalities, [outsider.municipality]);
  assert.match(explainForbiddenChange(forbidden), new RegExp(municipal.municipality!));
});

test("a merge patch changes only what it sends, and one based on a stale version is a 412 with the current ETag", async () => {
  const { client, municipality } = municipal;
  const name = uniqueName("Ferm Werk live");
  const created = await client.POST("/collaborations", {
    body: { name, description: "Werk en inkomen", participants: [{ municipalityCode: municipality! }] },
  });
  assert.ok(created.data, JSON.stringify(created.error));
  const path = { id: created.data.id };
  const first = etagOf(created.response);

  // The API takes a merge patch as application/merge-patch+json only; openapi-fetch sends JSON unless told.
  const mergePatch = { "Content-Type": "application/merge-patch+json" } as const;
  const renamed = await client.PATCH("/collaborations/{id}", {
    params: { path, header: { "If-Match": first } },
    headers: mergePatch,
    body: { name: `${name} hernoemd` },
  });
  assert.ok(renamed.data, JSON.stringify(renamed.error));
  assert.equal(renamed.data.name, `${name} hernoemd`);
  assert.equal(renamed.data.description, "Werk en inkomen");
  const current = etagOf(renamed.response);
  assert.notEqual(current, first);

  const stale = await client.PATCH("/collaborations/{id}", {
    params: { path, header: { "If-Match": first } },
    headers: mergePatch,
    body: { description: "Gebaseerd op een oude versie" },
  });
  const problem = refusal<Schemas["ProblemDetails"]>(stale.response, 412, stale.error);
  assert.equal(problem.type, "urn:samenwerking:problem:precondition-failed");
  assert.equal(stale.response.headers.get("ETag"), current);
});

test("keyset paging walks the whole list once, over two pages", async () => {
  const prefix = uniqueName("Keyset live");
  const created: string[] = [];
  for (const suffix of ["a", "b", "c"]) {
    const made = await createCollaboration(municipal.client, `${prefix} ${suffix}`, [municipal.municipality!]);
    created.push(made.value.id);
  }

  const first = await administrator.client.GET("/collaborations", { params: { query: { q: prefix, pageSize: 2 } } });
  assert.ok(first.data, JSON.stringify(first.error));
  const next = first.data.page.next;
  assert.ok(next, "a full page says where the next one starts");
  const second = await administrator.client.GET("/collaborations", { params: { query: { q: prefix, pageSize: 2, after: next } } });
  assert.ok(second.data, JSON.stringify(second.error));
  assert.equal(second.data.page.next ?? null, null, "the last page is not full and has no next");

  const seen: Schemas["CollaborationSummary"][] = [...first.data.items, ...second.data.items];
  assert.deepEqual(seen.map((item) => item.id), created);
});

const header =
  "id,naam,citeertitel,doel,fase,inWerkingSinds,inBedrijfSinds,deelnemers,deelnemerNamen,centrumgemeente,juridischeVorm,instrument," +
  "typeTaak,aantalTaken,besturingsniveau,nieuwOfBestaand,eenOfMeerdere,centraalOfDecentraal,initiatief,wettelijkeVoorschriften," +
  "bevoegdheden,vestigingAdres,vestigingPlaats,publicatie,bronhouder";
const row = (name: string, instrument: string): string =>
  `,${name},GR ${name},Samen de bedrijfsvoering uitvoeren.,doorontwikkeling,2016-01-01,2016-01-01,GM0489;GM0613,,,publiekrechtelijk,${instrument},` +
  'bedrijfsvoering,alle,operationeel,nieuw,een,centraal,vrijwillig,"Wgr, art. 8",delegatie: Personeelsbeleid,' +
  "Voorbeeldstraat 1,Voorbeeldstad,https://lokaleregelgeving.overheid.nl/CVDR12345,";

test("an import dry run reports every row and registers none", async () => {
  const good = uniqueName("Import live");
  const file = [header, row(good, "bedrijfsvoeringsorganisatie"), row(uniqueName("Import live fout"), "lichaam"), ""].join("\r\n");

  type ImportBody = paths["/imports"]["post"]["requestBody"]["content"]["text/csv"];
  const checked = await administrator.client.POST("/imports", {
    params: { query: { dryRun: true } },
    body: file satisfies ImportBody,
    // The file goes out as it is: openapi-fetch would JSON-encode a string body.
    bodySerializer: (csv: ImportBody) => csv,
    headers: { "Content-Type": "text/csv" },
  });
  assert.ok(checked.data, JSON.stringify(checked.error));
  const report: Schemas["ImportReport"] = checked.data;
  assert.equal(report.dryRun, true);
  assert.equal(report.rows, 2);
  assert.equal(report.registered, 1);
  // The header is row 1: the good row is 2, the one with an unknown instrument is 3.
  assert.deepEqual(report.problems.map((problem) => [problem.row, problem.column]), [[3, "instrument"]]);

  const nothing = await administrator.client.GET("/collaborations", { params: { query: { q: good } } });
  assert.deepEqual(nothing.data?.items, []);
});
