// How a frontend team wires the API: the types come from the committed OpenAPI document
// (npm run generate), the calls from openapi-fetch. Nothing here is written by hand per endpoint.
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "../generated/samenwerking-api";

export type Schemas = components["schemas"];
export type SamenwerkingClient = Client<paths>;

/**
 * A client for one signed-in user. The screens here are a municipality's: the token is a municipal user's
 * (scopes samenwerking.read and samenwerking.write, claim `gemeente` with its CBS code), not an
 * administrator's, so a change to a collaboration the municipality takes no part in comes back as a 403.
 */
export function createSamenwerkingClient(baseUrl: string, token: string, language: "nl" | "en" = "nl"): SamenwerkingClient {
  return createClient<paths>({
    // The servers entry of the document is /api/v1: the major version lives in the base URL.
    baseUrl: `${baseUrl}/api/v1`,
    headers: { Authorization: `Bearer ${token}`, "Accept-Language": language },
  });
}

/** A problem response (RFC 9457) as an exception a UI can show: title, detail and per-field messages. */
export class ProblemError extends Error {
  readonly problem: Schemas["ProblemDetails"] | Schemas["ValidationProblemDetails"];

  constructor(problem: Schemas["ProblemDetails"] | Schemas["ValidationProblemDetails"]) {
    // title, status and detail are required and never null in the contract: no fallbacks needed.
    super(`${problem.title} (${problem.status}): ${problem.detail}`);
    this.problem = problem;
  }

  /** Messages per field, keyed as the client sent them, for showing next to form inputs. */
  get fieldErrors(): Record<string, string[]> {
    return "errors" in this.problem ? this.problem.errors : {};
  }

  get isNotFound(): boolean {
    return this.problem.type === "urn:samenwerking:problem:not-found";
  }

  /** The user's municipality may not make this change (not an active participant, not its own decision, administrators only). */
  get isNotOursToChange(): boolean {
    return this.problem.status === 403 && this.problem.type !== "urn:samenwerking:problem:forbidden";
  }
}
