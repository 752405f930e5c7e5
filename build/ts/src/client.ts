// How a frontend team wires the API: the types come from the committed OpenAPI document
// (npm run generate), the calls from openapi-fetch. Nothing here is written by hand per endpoint.
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "../generated/samenwerking-api";

export type Schemas = components["schemas"];
export type SamenwerkingClient = Client<paths>;

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
}
