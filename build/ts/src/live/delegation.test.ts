// An adviser of a bureau through openapi-fetch against a live API: a participating municipality delegates the roles to
// them; the adviser then assigns a role, recorded as acting on that municipality's behalf, and an edit of the choices,
// which was not delegated, is a typed 403 naming what was.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { paths } from "../../generated/samenwerking-api";
import { createCollaboration } from "../collaborations";
import { etagOf, liveAdviser, liveUsers, uniqueName } from "./live-api";

const { municipal } = liveUsers();
const adviser = liveAdviser();
const today = new Date().toISOString().slice(0, 10);
const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

type EditForbidden = paths["/collaborations/{id}"]["put"]["responses"][403]["content"]["application/problem+json"];

test("a delegate makes the change delegated to them, on the municipality's behalf, and no other", async () => {
  const created = await createCollaboration(municipal.client, uniqueName("Verkenning met adviseur"), [municipal.municipality!, "GM0613"]);
  const path = { id: created.value.id };

  const granted = await municipal.client.POST("/collaborations/{id}/delegations", {
    params: { path },
    body: {
      delegateSubject: adviser.subject, delegateName: "Eva Jansen", organisation: "Adviesbureau Noord",
      changes: ["roles"], validFrom: today, validUntil: inAYear,
    },
  });
  assert.equal(granted.response.status, 201, JSON.stringify(granted.error));
  assert.equal(granted.data!.grantedBy, municipal.municipality);

  const current = await adviser.client.GET("/collaborations/{id}", { params: { path } });
  const role = await adviser.client.POST("/collaborations/{id}/roles", {
    params: { path, header: { "If-Match": etagOf(current.response) } },
    body: { kind: "procesbegeleider", personName: "Eva Jansen", organisation: "Adviesbureau Noord" },
  });
  assert.equal(role.response.status, 201, JSON.stringify(role.error));

  const history = await adviser.client.GET("/collaborations/{id}/history", { params: { path } });
  const line = history.data!.items.find((entry) => entry.kind === "roleAssigned");
  assert.match(line?.actorName ?? "", /Eva Jansen \(Adviesbureau Noord\), namens/);

  const again = await adviser.client.GET("/collaborations/{id}", { params: { path } });
  const edit = await adviser.client.PUT("/collaborations/{id}", {
    params: { path, header: { "If-Match": etagOf(again.response) } },
    body: { name: created.value.name, taskTypes: ["uitvoering"] },
  });
  assert.equal(edit.response.status, 403);
  const forbidden = edit.error as EditForbidden;
  if (forbidden.type !== "urn:samenwerking:problem:not-delegated-for-change") {
    assert.fail(`expected not-delegated-for-change, got ${forbidden.type}`);
  }
  assert.equal(forbidden.requestedChange, "descriptionAndChoices");
  assert.deepEqual(forbidden.delegatedChanges, ["roles"]);
});
