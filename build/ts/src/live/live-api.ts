// Where the live scenario finds the API and its users: build/lib/live-api.sh starts the API and sets these.
import assert from "node:assert/strict";
import { createSamenwerkingClient, type SamenwerkingClient } from "../client";

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set: run the scenario through build/checks/typescript-client.sh.`);
  }

  return value;
}

export interface LiveUser {
  client: SamenwerkingClient;
  /** The municipality (CBS code) the user acts for; null for the administrator. */
  municipality: string | null;
}

/** An adviser of a bureau: no municipality, acts only under delegations to `subject`. */
export interface LiveAdviser {
  client: SamenwerkingClient;
  subject: string;
}

export function liveAdviser(): LiveAdviser {
  return {
    client: createSamenwerkingClient(required("SAMENWERKING_LIVE_URL"), required("SAMENWERKING_LIVE_ADVISER_TOKEN")),
    subject: required("SAMENWERKING_LIVE_ADVISER_SUBJECT"),
  };
}

export function liveUsers(): { administrator: LiveUser; municipal: LiveUser; outsider: LiveUser } {
  const url = required("SAMENWERKING_LIVE_URL");
  return {
    administrator: { client: createSamenwerkingClient(url, required("SAMENWERKING_LIVE_ADMIN_TOKEN")), municipality: null },
    municipal: {
      client: createSamenwerkingClient(url, required("SAMENWERKING_LIVE_MUNICIPAL_TOKEN")),
      municipality: required("SAMENWERKING_LIVE_MUNICIPALITY"),
    },
    outsider: {
      client: createSamenwerkingClient(url, required("SAMENWERKING_LIVE_OUTSIDER_TOKEN")),
      municipality: required("SAMENWERKING_LIVE_OUTSIDER_MUNICIPALITY"),
    },
  };
}

/** A name no other run uses: the API refuses a second collaboration of the same name. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${crypto.randomUUID().slice(0, 8)}`;
}

/** The collaboration's version from a response the contract gives an ETag; failing the scenario when it is missing. */
export function etagOf(response: Response): string {
  const etag = response.headers.get("ETag");
  assert.ok(etag, "the contract documents an ETag on this response");
  return etag;
}
