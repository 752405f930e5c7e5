// orval reads the committed contract and writes one fetch client (operations as functions, schemas as types).
import { defineConfig } from "orval";

export default defineConfig({
  samenwerking: {
    input: { target: "../../src/Samenwerking.Api/openapi.json" },
    output: {
      target: "generated/samenwerking-api.ts",
      client: "fetch",
      mode: "single",
      // The contract's server (/api/v1) prefixes every URL; src/api-fetch.ts puts the API's origin in front when the
      // frontend runs elsewhere (and the live scenario in Node, which has no page origin).
      baseUrl: { getBaseUrlFromSpecification: true },
      override: {
        fetch: { includeHttpResponseReturnType: true },
        mutator: { path: "src/api-fetch.ts", name: "apiFetch" },
      },
    },
  },
});
