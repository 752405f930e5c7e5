// A frontend's calls through the fetch client orval generates from the committed contract (npm run generate):
// the refusals are read from typed members chosen by narrowing on `type` (the 409 and 403 of each operation are the
// union of the problem types it lists), a stale change reads the current ETag from the 412, a merge patch changes only
// what it sends, a long list is walked with the keyset cursor, and an import is checked with a dry run first.
// Type-checked by build/checks/orval-client.sh: a contract change that breaks any of this fails the build.
import {
  createCollaboration,
  createPhaseTransition,
  getImportRegisterUrl,
  listCollaborations,
  patchCollaboration,
  updateCollaboration,
  type CollaborationSummary,
  type ExitRuleCode,
  type ImportReport,
  type importRegisterResponse,
} from "../generated/samenwerking-api";
import { apiFetch } from "./api-fetch";

/** The signed-in user's token on every call; orval passes RequestInit through. */
export const signedIn = (token: string, etag?: string): RequestInit => ({
  headers: { Authorization: `Bearer ${token}`, "Accept-Language": "nl", ...(etag === undefined ? {} : { "If-Match": etag }) },
});

/** Why a transition was refused, from the problem's own members: no casts, no parsing of text. */
export async function moveOn(token: string, id: string, etag: string): Promise<string> {
  const moved = await createPhaseTransition(id, { to: "voorbereiding", rationale: "Verder." }, signedIn(token, etag));
  switch (moved.status) {
    case 201:
      return `Nu in ${moved.data.to}.`;
    case 409:
      switch (moved.data.type) {
        case "urn:samenwerking:problem:exit-rules-not-met": {
          const waiting: ExitRuleCode[] = moved.data.unmetRules.flatMap((rule) => rule.waitsFor);
          const decisions = moved.data.unmetRules.flatMap((rule) => rule.missingDecisions.map((m) => `${m.municipalityCode}: ${m.decisionKind}`));
          return [...moved.data.unmetRules.map((rule) => `${rule.code}: ${rule.detail}`), ...decisions, `wacht op: ${waiting.join(", ")}`].join("\n");
        }
        case "urn:samenwerking:problem:phase-transition-not-allowed":
          return `Vanuit ${moved.data.currentPhase} kan alleen ${moved.data.allowedNextPhase ?? "niets meer"}.`;
        default:
          return moved.data.detail;
      }
    case 403:
      return moved.data.type === "urn:samenwerking:problem:not-a-participating-municipality"
        ? `Alleen ${moved.data.requiredMunicipalities.join(", ")} mogen dit.`
        : moved.data.detail;
    default:
      return moved.data.detail;
  }
}

/** Renames with a merge patch; on a 412 the caller gets the current version to show the user and retry from. */
export async function rename(token: string, id: string, etag: string, name: string): Promise<{ etag: string } | { stale: string }> {
  const patched = await patchCollaboration(id, { name }, signedIn(token, etag));
  if (patched.status === 200) {
    return { etag: patched.headers.get("ETag") ?? "" };
  }

  if (patched.status === 412) {
    // The problem says why; the header says which version is current now.
    return { stale: `${patched.data.detail} (${patched.headers.get("ETag")})` };
  }

  throw new Error(`${patched.status}: ${patched.data.title}`);
}

/** A change by a municipality that takes no part: the 403 names who may make it. */
export async function describe(token: string, id: string, etag: string): Promise<string> {
  const updated = await updateCollaboration(id, { name: "Overgenomen", description: null }, signedIn(token, etag));
  if (updated.status === 403 && updated.data.type === "urn:samenwerking:problem:not-a-participating-municipality") {
    return `Alleen ${updated.data.requiredMunicipalities.join(", ")}; u: ${updated.data.yourMunicipalities.join(", ")}.`;
  }

  return updated.status === 200 ? updated.data.name : updated.data.detail;
}

/** Every collaboration whose name matches, page by page with the keyset cursor: nothing skipped, nothing twice. */
export async function all(token: string, q: string): Promise<CollaborationSummary[]> {
  const items: CollaborationSummary[] = [];
  let after: string | undefined;
  do {
    const page = await listCollaborations({ q, pageSize: 100, ...(after === undefined ? {} : { after }) }, signedIn(token));
    if (page.status !== 200) {
      throw new Error(page.data.detail);
    }

    items.push(...page.data.items);
    after = page.data.page.next ?? undefined;
  } while (after !== undefined);
  return items;
}

/** Starts a collaboration; the ETag of the answer is the version to change it from. */
export async function start(token: string, name: string): Promise<{ id: string; etag: string }> {
  const created = await createCollaboration({ name, participants: [{ municipalityCode: "GM0489" }] }, signedIn(token));
  if (created.status !== 201) {
    throw new Error(created.data.detail);
  }

  return { id: created.data.id, etag: created.headers.get("ETag") ?? "" };
}

/**
 * Checks a register file before importing it. The CSV goes out as it is, through the generated URL, the client's own
 * fetch and the generated response type: orval 7 JSON-encodes every request body, also a `text/csv` string, so its
 * importRegister would send the file in quotes.
 */
export async function dryRun(token: string, file: string): Promise<ImportReport> {
  const answer = await apiFetch<importRegisterResponse>(getImportRegisterUrl({ dryRun: true }), {
    method: "POST",
    body: file,
    headers: { ...signedIn(token).headers, "Content-Type": "text/csv" },
  });
  if (answer.status !== 200) {
    throw new Error(answer.data.detail);
  }

  return answer.data;
}

/** What the contract promises orval's types, checked by the compiler: facts only after narrowing on `type`. */
export async function expectations(): Promise<void> {
  const moved = await createPhaseTransition("id", { to: "voorbereiding", rationale: "r" });
  if (moved.status === 409) {
    // @ts-expect-error only an exit-rules-not-met problem has unmetRules: narrow on `type` first
    void moved.data.unmetRules;
  }

  const list = await listCollaborations();
  if (list.status === 200) {
    // One JSON type per response: the page, never a CSV string (the register has operations of its own).
    const page: { items: CollaborationSummary[] } = list.data;
    void page;
  }
}
