// Every function orval generates calls this instead of fetch (orval.config.ts, `mutator`): the one place that
// resolves the contract's relative server (/api/v1) against where the API runs, as a frontend on another origin must.
let apiOrigin = "";

/** Where the API runs, e.g. `http://localhost:5080`; left empty, calls go to the page's own origin. */
export function setApiOrigin(origin: string): void {
  apiOrigin = origin.replace(/\/+$/, "");
}

/** Sends what orval built and answers in the shape of its generated response types: status, parsed body, headers. */
export async function apiFetch<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(`${apiOrigin}${url}`, init);
  const body = [204, 205, 304].includes(response.status) ? "" : await response.text();
  return { status: response.status, data: body ? JSON.parse(body) : {}, headers: response.headers } as T;
}
