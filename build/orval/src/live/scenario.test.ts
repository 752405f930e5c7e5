// The orval scenario run against a live API (build/checks/orval-client.sh): every call goes through the functions
// orval generated, and every assertion reads what their types promise. Each response is narrowed on its status, each
// refusal on its `type`, before its facts are read: nothing casts.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  createCollaboration,
  createPhaseTransition,
  listCollaborations,
  patchCollaboration,
  updateCollaboration,
  type DecisionKind,
  type UpdateCollaborationRequest,
} from "../../generated/samenwerking-api";
import { setApiOrigin } from "../api-fetch";
import { all, describe, dryRun, moveOn, rename, signedIn, start } from "../scenario";

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set: run the scenario through build/checks/orval-client.sh.`);
  }

  return value;
}

setApiOrigin(required("SAMENWERKING_LIVE_URL"));
const administrator = required("SAMENWERKING_LIVE_ADMIN_TOKEN");
const municipal = required("SAMENWERKING_LIVE_MUNICIPAL_TOKEN");
const municipality = required("SAMENWERKING_LIVE_MUNICIPALITY");
const outsider = required("SAMENWERKING_LIVE_OUTSIDER_TOKEN");
const outsiderMunicipality = required("SAMENWERKING_LIVE_OUTSIDER_MUNICIPALITY");
const partner = "GM0613";

/** A name no other run uses: the API refuses a second collaboration of the same name. */
const uniqueName = (prefix: string): string => `${prefix} ${crypto.randomUUID().slice(0, 8)}`;

function etagOf(headers: Headers): string {
  const etag = headers.get("ETag");
  assert.ok(etag, "the contract documents an ETag on this response");
  return etag;
}

async function created(name: string, participants: string[], description?: string): Promise<{ id: string; name: string; etag: string }> {
  const answer = await createCollaboration(
    { name, description: description ?? null, participants: participants.map((municipalityCode) => ({ municipalityCode })) },
    signedIn(municipal),
  );
  if (answer.status !== 201) {
    assert.fail(`creating ${name} answered ${answer.status}: ${JSON.stringify(answer.data)}`);
  }

  return { id: answer.data.id, name: answer.data.name, etag: etagOf(answer.headers) };
}

const everyDimension = (name: string): UpdateCollaborationRequest => ({
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
  const collaboration = await created(uniqueName("Werkorganisatie orval"), [municipality, partner]);

  const early = await createPhaseTransition(collaboration.id, { to: "voorbereiding", rationale: "Te vroeg." }, signedIn(municipal, collaboration.etag));
  if (early.status !== 409 || early.data.type !== "urn:samenwerking:problem:exit-rules-not-met") {
    assert.fail(`expected 409 exit-rules-not-met, got ${early.status}: ${JSON.stringify(early.data)}`);
  }
  assert.equal(early.data.currentPhase, "verkenning");
  assert.ok(early.data.unmetRules.some((rule) => rule.code === "task-types-chosen" && !rule.met));
  // The scenario's own explanation reads the same facts.
  assert.match(await moveOn(municipal, collaboration.id, collaboration.etag), /^task-types-chosen: /m);

  const decided = await updateCollaboration(collaboration.id, everyDimension(collaboration.name), signedIn(municipal, collaboration.etag));
  assert.equal(decided.status, 200, JSON.stringify(decided.data));
  const moved = await createPhaseTransition(collaboration.id, { to: "voorbereiding", rationale: "Verder." }, signedIn(municipal, etagOf(decided.headers)));
  if (moved.status !== 201) {
    assert.fail(`moving on answered ${moved.status}: ${JSON.stringify(moved.data)}`);
  }
  assert.equal(moved.data.to, "voorbereiding");

  const tooSoon = await createPhaseTransition(collaboration.id, { to: "implementatie", rationale: "Te vroeg." }, signedIn(municipal, etagOf(moved.headers)));
  if (tooSoon.status !== 409 || tooSoon.data.type !== "urn:samenwerking:problem:exit-rules-not-met") {
    assert.fail(`expected 409 exit-rules-not-met, got ${tooSoon.status}: ${JSON.stringify(tooSoon.data)}`);
  }
  const decisions = tooSoon.data.unmetRules.find((rule) => rule.code === "required-decisions-recorded");
  assert.ok(decisions, "the councils' and colleges' decisions are missing");
  const missing: [string, DecisionKind][] = decisions.missingDecisions.map((m) => [m.municipalityCode, m.decisionKind]);
  assert.deepEqual(missing.sort(), [
    [municipality, "besluitTotDeelname"],
    [municipality, "toestemming"],
    [partner, "besluitTotDeelname"],
    [partner, "toestemming"],
  ].sort());
});

test("a change by a municipality that takes no part is a typed 403 naming who may make it", async () => {
  const collaboration = await created(uniqueName("Dienst orval"), [municipality]);

  const taken = await updateCollaboration(collaboration.id, { name: uniqueName("Overgenomen"), description: null }, signedIn(outsider, collaboration.etag));
  if (taken.status !== 403 || taken.data.type !== "urn:samenwerking:problem:not-a-participating-municipality") {
    assert.fail(`expected 403 not-a-participating-municipality, got ${taken.status}: ${JSON.stringify(taken.data)}`);
  }
  assert.deepEqual(taken.data.requiredMunicipalities, [municipality]);
  assert.deepEqual(taken.data.yourMunicipalities, [outsiderMunicipality]);
  assert.equal(await describe(outsider, collaboration.id, collaboration.etag), `Alleen ${municipality}; u: ${outsiderMunicipality}.`);
});

test("a merge patch changes only what it sends, and one based on a stale version is a 412 with the current ETag", async () => {
  const collaboration = await created(uniqueName("Ferm Werk orval"), [municipality], "Werk en inkomen");

  const renamed = await patchCollaboration(collaboration.id, { name: `${collaboration.name} hernoemd` }, signedIn(municipal, collaboration.etag));
  if (renamed.status !== 200) {
    assert.fail(`the merge patch answered ${renamed.status}: ${JSON.stringify(renamed.data)}`);
  }
  assert.equal(renamed.data.name, `${collaboration.name} hernoemd`);
  assert.equal(renamed.data.description, "Werk en inkomen");
  const current = etagOf(renamed.headers);
  assert.notEqual(current, collaboration.etag);

  const stale = await patchCollaboration(collaboration.id, { description: "Gebaseerd op een oude versie" }, signedIn(municipal, collaboration.etag));
  if (stale.status !== 412) {
    assert.fail(`expected 412, got ${stale.status}: ${JSON.stringify(stale.data)}`);
  }
  assert.equal(stale.data.type, "urn:samenwerking:problem:precondition-failed");
  assert.equal(stale.headers.get("ETag"), current);
  // The scenario's rename reports the same: the problem, then the version that is current now.
  const retried = await rename(municipal, collaboration.id, collaboration.etag, uniqueName("Ferm Werk opnieuw"));
  assert.ok("stale" in retried && retried.stale.endsWith(`(${current})`), JSON.stringify(retried));
});

test("keyset paging walks the whole list once, over two pages", async () => {
  const prefix = uniqueName("Keyset orval");
  const ids: string[] = [];
  for (const suffix of ["a", "b", "c"]) {
    ids.push((await created(`${prefix} ${suffix}`, [municipality])).id);
  }

  const first = await listCollaborations({ q: prefix, pageSize: 2 }, signedIn(administrator));
  if (first.status !== 200) {
    assert.fail(`the first page answered ${first.status}: ${JSON.stringify(first.data)}`);
  }
  const next = first.data.page.next;
  assert.ok(next, "a full page says where the next one starts");
  const second = await listCollaborations({ q: prefix, pageSize: 2, after: next }, signedIn(administrator));
  if (second.status !== 200) {
    assert.fail(`the second page answered ${second.status}: ${JSON.stringify(second.data)}`);
  }
  assert.equal(second.data.page.next ?? null, null, "the last page is not full and has no next");

  assert.deepEqual([...first.data.items, ...second.data.items].map((item) => item.id), ids);
  assert.deepEqual((await all(administrator, prefix)).map((item) => item.id), ids);
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
  const good = uniqueName("Import orval");
  const report = await dryRun(administrator, [header, row(good, "bedrijfsvoeringsorganisatie"), row(uniqueName("Import orval fout"), "lichaam"), ""].join("\r\n"));

  assert.equal(report.dryRun, true);
  assert.equal(report.rows, 2);
  assert.equal(report.registered, 1);
  // The header is row 1: the good row is 2, the one with an unknown instrument is 3.
  assert.deepEqual(report.problems.map((problem) => [problem.row, problem.column]), [[3, "instrument"]]);
  assert.deepEqual(await all(administrator, good), []);
});

test("the scenario's start creates a collaboration that can be changed from the ETag it returns", async () => {
  const started = await start(municipal, uniqueName("Gestart orval"));
  const renamed = await rename(municipal, started.id, started.etag, uniqueName("Gestart orval hernoemd"));
  assert.ok("etag" in renamed && renamed.etag !== started.etag, JSON.stringify(renamed));
});
