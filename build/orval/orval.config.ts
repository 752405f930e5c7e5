// orval reads the committed contract and writes one fetch client (operations as functions, schemas as types).
import { defineConfig } from "orval";

export default defineConfig({
  samenwerking: {
    input: { target: "../../src/Samenwerking.Api/openapi.json" },
    output: {
      target: "generated/samenwerking-api.ts",
      client: "fetch",
      mode: "single",
      // The contract's server (/api/v1) prefixes every URL: a frontend on the same origin calls it as it is.
      baseUrl: { getBaseUrlFromSpecification: true },
      override: { fetch: { includeHttpResponseReturnType: true } },
    },
  },
});
