// The contract's version must say what changed since the newest released contract (docs/adr/0013):
// a breaking change needs a higher major, an addition a higher minor, any other change a higher patch.
// An old form kept beside a new one is no break: it is an operation marked `deprecated: true`, which must
// document the `Deprecation` (RFC 9745) and `Sunset` (RFC 8594) headers on its success responses.
// Usage: node check.mjs <released-dir> <current-openapi.json>; exits 1 with the reasons when the version is wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiDiff from 'openapi-diff';

const [releasedDir, currentPath] = process.argv.slice(2);
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const parse = (version) => {
  const match = semver.exec(version ?? '');
  return match ? match.slice(1, 4).map(Number) : null;
};
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

const released = readdirSync(releasedDir)
  .map((file) => ({ file, version: parse(/^openapi-(.+)\.json$/.exec(file)?.[1]) }))
  .filter((r) => r.version !== null)
  .sort((a, b) => compare(b.version, a.version));
if (released.length === 0) {
  fail([`no released contract (openapi-<major>.<minor>.<patch>.json) in ${releasedDir}`]);
}

const base = released[0];
const baseDocument = JSON.parse(readFileSync(join(releasedDir, base.file), 'utf8'));
const current = JSON.parse(readFileSync(currentPath, 'utf8'));
const version = parse(current.info?.version);
const problems = [];
if (version === null) {
  fail([`info.version "${current.info?.version}" is not a semantic version MAJOR.MINOR.PATCH`]);
}

const baseVersion = base.version.join('.');
const currentVersion = version.join('.');
if (baseDocument.info?.version !== baseVersion) {
  problems.push(`${base.file} says info.version ${baseDocument.info?.version}, not ${baseVersion}`);
}

if (compare(version, base.version) < 0) {
  problems.push(`info.version ${currentVersion} is lower than the released ${baseVersion}`);
}

problems.push(...undocumentedDeprecations(current));

const result = await openapiDiff.diffSpecs({
  sourceSpec: { content: JSON.stringify(comparable(baseDocument)), location: base.file, format: 'openapi3' },
  destinationSpec: { content: JSON.stringify(comparable(current)), location: currentPath, format: 'openapi3' },
});
const breaking = [...(result.breakingDifferences ?? []), ...removedMediaTypes(baseDocument, current)];
const additions = result.nonBreakingDifferences ?? [];
const other = result.unclassifiedDifferences ?? [];
// openapi-diff does not report every change (descriptions, examples): any other difference is a change too.
if (other.length === 0 && canonical(comparable(baseDocument)) !== canonical(comparable(current))) {
  other.push({ code: 'document.change (descriptions, examples or what openapi-diff does not classify)' });
}

if (breaking.length > 0 && version[0] <= base.version[0]) {
  problems.push(`${breaking.length} breaking change(s) since ${baseVersion} need a new major version (now ${currentVersion}), ` +
    'or keep the old form beside the new one, marked deprecated with Deprecation and Sunset headers:\n' +
    breaking.map(describe).join('\n'));
} else if (additions.length > 0 && compare([version[0], version[1], 0], [base.version[0], base.version[1], 0]) <= 0) {
  problems.push(`${additions.length} addition(s) since ${baseVersion} need a new minor version (now ${currentVersion}):\n` +
    additions.map(describe).join('\n'));
} else if (other.length > 0 && compare(version, base.version) <= 0) {
  problems.push(`${other.length} change(s) since ${baseVersion} need a new version (now ${currentVersion}):\n` + other.map(describe).join('\n'));
}

if (problems.length > 0) {
  fail(problems);
}

console.log(`Contract ${currentVersion} against released ${baseVersion}: ${breaking.length} breaking, ${additions.length} additive, ` +
  `${other.length} other change(s); the version says so.`);

// The document as openapi-diff can read it: its parser stops at OpenAPI 3.0.3, and 3.0.4 only clarifies 3.0.3's
// text; the version number itself is what is being judged, not a change. A nullable reference written
// `{oneOf: [$ref, {enum: [null]}]}` (the 1.0.0 form) says what `{allOf: [$ref], nullable: true}` says, and
// json-schema-diff takes minutes over every combination of such oneOfs, so both read the second way.
function comparable(document) {
  const copy = nullableReferences(structuredClone(document));
  copy.openapi = '3.0.3';
  copy.info = { ...copy.info, version: '0.0.0' };
  return copy;
}

function nullableReferences(node) {
  if (Array.isArray(node)) {
    return node.map(nullableReferences);
  }

  if (node === null || typeof node !== 'object') {
    return node;
  }

  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'example' ? value : nullableReferences(value)]));
  const [reference, nothing, ...rest] = copy.oneOf ?? [];
  if (rest.length === 0 && reference?.$ref && Array.isArray(nothing?.enum) && nothing.enum.length === 1 && nothing.enum[0] === null) {
    const { oneOf, type, nullable, ...others } = copy;
    return { ...others, allOf: [reference], nullable: true };
  }

  return copy;
}

// openapi-diff compares the schemas of the media types both documents have, but not a media type that is gone:
// a client that asked for it gets nothing it can read. Those count as breaking here.
function removedMediaTypes(before, after) {
  const removed = [];
  for (const [path, item] of Object.entries(before.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const now = after.paths?.[path]?.[method];
      if (!now || typeof operation !== 'object' || !operation.responses) {
        continue; // a removed path or operation is openapi-diff's finding
      }

      // A status no longer documented is openapi-diff's to judge; here only media types gone from one still there.
      const bodies = [['requestBody', operation.requestBody?.content, now.requestBody?.content ?? {}],
        ...Object.entries(operation.responses).filter(([status]) => now.responses?.[status])
          .map(([status, response]) => [`responses.${status}`, response.content, now.responses[status].content ?? {}])];
      for (const [where, was, is] of bodies) {
        for (const mediaType of Object.keys(was ?? {}).filter((m) => !(m in (is ?? {})))) {
          removed.push({ code: 'media-type.remove', destinationSpecEntityDetails: [{ location: `paths.${path}.${method}.${where}.content.${mediaType}` }] });
        }
      }
    }
  }

  return removed;
}

function canonical(node) {
  if (Array.isArray(node)) {
    return `[${node.map(canonical).join(',')}]`;
  }

  if (node === null || typeof node !== 'object') {
    return JSON.stringify(node);
  }

  return `{${Object.keys(node).sort().map((key) => `${JSON.stringify(key)}:${canonical(node[key])}`).join(',')}}`;
}

function undocumentedDeprecations(document) {
  const found = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation?.deprecated !== true) {
        continue;
      }

      const successes = Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
      for (const [status, response] of successes) {
        const missing = ['Deprecation', 'Sunset'].filter((header) => !Object.keys(response.headers ?? {}).some((h) => h.toLowerCase() === header.toLowerCase()));
        if (missing.length > 0) {
          found.push(`${method.toUpperCase()} ${path} is deprecated but its ${status} does not document ${missing.join(' and ')} (RFC 9745, RFC 8594)`);
        }
      }
    }
  }

  return found;
}

function describe(difference) {
  const where = [...(difference.sourceSpecEntityDetails ?? []), ...(difference.destinationSpecEntityDetails ?? [])]
    .map((d) => d.location).filter(Boolean);
  return `  - ${difference.code}${where.length > 0 ? ` at ${[...new Set(where)].join(', ')}` : ''}`;
}

function fail(reasons) {
  console.error(reasons.map((r) => `contract-compatibility: ${r}`).join('\n'));
  process.exit(1);
}
