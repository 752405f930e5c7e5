// Scenario: a municipality picker. Search by name and province, show one, and handle the problems
// the API answers with (404 for an unknown code, 400 with field errors for a malformed one).
import { ProblemError, type SamenwerkingClient, type Schemas } from "./client";

export type Municipality = Schemas["Municipality"];

export interface MunicipalitySearch {
  name?: string;
  province?: string;
  /** yyyy-MM-dd: the contract says `format: date`, so this is a plain date string, not a Date. */
  activeOn?: string;
  page?: number;
}

export async function searchMunicipalities(client: SamenwerkingClient, search: MunicipalitySearch) {
  const { data, error } = await client.GET("/municipalities", {
    params: { query: { ...search, pageSize: 25 } },
  });
  if (error) {
    throw new ProblemError(error);
  }

  return {
    municipalities: data.items,
    hasMore: data.page.page < data.page.totalPages,
  };
}

/** The municipality, or null when the API answers 404; any other problem is thrown. */
export async function findMunicipality(client: SamenwerkingClient, code: string): Promise<Municipality | null> {
  const { data, error } = await client.GET("/municipalities/{code}", { params: { path: { code } } });
  if (error) {
    const problem = new ProblemError(error);
    if (problem.isNotFound) {
      return null;
    }

    throw problem;
  }

  return data;
}

export function describe(municipality: Municipality): string {
  // validTo is always present and null while the municipality exists: the contract says required + nullable.
  const period = municipality.validTo === null ? `since ${municipality.validFrom}` : `${municipality.validFrom} to ${municipality.validTo}`;
  return `${municipality.name} (${municipality.code}, ${municipality.provinceName}) ${period}`;
}

export async function validationMessagesFor(client: SamenwerkingClient, code: string): Promise<string[]> {
  try {
    await findMunicipality(client, code);
    return [];
  } catch (caught) {
    if (caught instanceof ProblemError) {
      return caught.fieldErrors["code"] ?? [caught.message];
    }

    throw caught;
  }
}
