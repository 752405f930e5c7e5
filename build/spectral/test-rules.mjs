// Proves that every rule of our own in ruleset.yaml fires: each case breaks one thing in an
// otherwise clean document and names the rule that must report it as an error. The clean
// document itself must pass without a single finding, so rules do not fire where they should not.
// Run by build/checks/openapi-lint.sh; exits non-zero when a rule stays silent.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const problem = (ref = 'ProblemDetails') => ({
  content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});

function cleanDocument() {
  return {
    openapi: '3.0.4',
    info: {
      title: 'Rule fixture',
      description: 'A small document that passes every rule.',
      version: '1.0.0',
      contact: { name: 'Team', email: 'team@example.nl', url: 'https://example.nl' },
    },
    servers: [{ url: '/api/v1' }],
    tags: [{ name: 'Things', description: 'Things to do.' }],
    paths: {
      '/things-to-do/{thingId}': {
        parameters: [{ name: 'thingId', in: 'path', required: true, description: 'The thing.', schema: { type: 'string' } }],
        put: {
          tags: ['Things'],
          operationId: 'replaceThing',
          summary: 'Replace a thing',
          description: 'Replaces the thing.',
          parameters: [
            { name: 'dryRun', in: 'query', description: 'Only check.', schema: { type: 'boolean' } },
            { name: 'If-Match', in: 'header', description: 'Version the change is based on.', schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Thing' },
                // A null in an example, as a nullable required member has: every rule must step over it.
                example: { dueOn: '2026-01-01', size: 'groot', note: null, formerSize: null },
              },
            },
          },
          responses: {
            200: {
              description: 'The thing as replaced.',
              headers: {
                'API-Version': { description: 'Version that answered.', schema: { type: 'string' } },
                ETag: { description: 'Version of the thing.', schema: { type: 'string' } },
              },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            400: { description: 'Invalid input.', ...problem() },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          description: 'A thing.',
          required: ['dueOn', 'size', 'note'],
          properties: {
            dueOn: { type: 'string', format: 'date', description: 'Due date.' },
            note: { type: 'string', nullable: true, description: 'A note; null when there is none.' },
            changedAt: { type: 'string', format: 'date-time', description: 'When it last changed (UTC).' },
            size: { $ref: '#/components/schemas/ThingSize' },
            // A nullable reference as the API writes it: the example check must compile and pass it.
            formerSize: {
              allOf: [{ $ref: '#/components/schemas/ThingSize' }],
              nullable: true,
              description: 'Size before; null when it never changed.',
            },
          },
        },
        ThingSize: { type: 'string', enum: ['groot', 'klein'], description: 'Size.\n\n- `groot`: big\n- `klein`: small' },
        ProblemDetails: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
          },
        },
      },
    },
  };
}

const put = (doc) => doc.paths['/things-to-do/{thingId}'].put;
const renamePath = (doc, to) => {
  doc.paths[to] = doc.paths['/things-to-do/{thingId}'];
  delete doc.paths['/things-to-do/{thingId}'];
};

// [rule that must fire, what the case breaks, how]
const cases = [
  ['nlgov-servers-api-v1', 'no servers', (d) => delete d.servers],
  ['nlgov-server-url-api-v1', 'server without /api/v1', (d) => { d.servers[0].url = '/api'; }],
  ['nlgov-info-version-semver', 'two-part version', (d) => { d.info.version = '1.0'; }],
  ['nlgov-info-contact', 'contact without email', (d) => delete d.info.contact.email],
  ['nlgov-api-version-header', '200 without API-Version', (d) => delete put(d).responses[200].headers],
  ['etag-with-if-match', 'If-Match without a documented ETag', (d) => delete put(d).responses[200].headers.ETag],
  ['nlgov-problem-json', '400 as application/json', (d) => {
    put(d).responses[400].content = { 'application/json': put(d).responses[400].content['application/problem+json'] };
  }],
  ['nlgov-problem-json', 'one alternative of a typed problem without detail', (d) => {
    d.components.schemas.LooseProblem = { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] };
    put(d).responses[400].content['application/problem+json'].schema = {
      oneOf: [{ $ref: '#/components/schemas/ProblemDetails' }, { allOf: [{ $ref: '#/components/schemas/LooseProblem' }] }],
    };
  }],
  ['named-body-schemas', 'a oneOf with an inline alternative', (d) => {
    put(d).responses[400].content['application/problem+json'].schema = {
      oneOf: [{ $ref: '#/components/schemas/ProblemDetails' }, { type: 'object', properties: { detail: { type: 'string' } } }],
    };
  }],
  ['named-body-schemas', 'a base narrowed to an inline alternative', (d) => {
    put(d).responses[400].content['application/problem+json'].schema = {
      allOf: [{ $ref: '#/components/schemas/ProblemDetails' }, { anyOf: [{ type: 'object', properties: { detail: { type: 'string' } } }] }],
    };
  }],
  ['named-body-schemas', 'a base narrowed by inline members', (d) => {
    put(d).responses[400].content['application/problem+json'].schema = {
      allOf: [{ $ref: '#/components/schemas/ProblemDetails' }, { type: 'object', properties: { detail: { type: 'string' } } }],
    };
  }],
  ['oas3-valid-media-example', 'a value outside a nullable reference', (d) => {
    put(d).requestBody.content['application/json'].example.formerSize = 'middel';
  }],
  ['oas3-valid-media-example', 'an example without a required member', (d) => {
    delete put(d).requestBody.content['application/json'].example.dueOn;
  }],
  ['nlgov-problem-json', 'problem schema without detail', (d) => {
    d.components.schemas.ProblemDetails.required = ['type', 'title', 'status'];
  }],
  ['nlgov-bad-request-documented', 'parameters without a 400', (d) => delete put(d).responses[400]],
  ['nlgov-bad-request-documented', 'path parameter only, no 400', (d) => {
    d.paths['/things-to-do/{thingId}'].get = {
      tags: ['Things'], operationId: 'getThing', summary: 'Get a thing', description: 'Gets it.',
      responses: { 200: structuredClone(put(d).responses[200]) },
    };
  }],
  ['nlgov-path-kebab-case', 'camelCase path segment', (d) => renamePath(d, '/thingsToDo/{thingId}')],
  ['nlgov-no-trailing-slash', 'trailing slash', (d) => renamePath(d, '/things-to-do/{thingId}/')],
  ['nlgov-query-camel-case', 'snake_case query key', (d) => { put(d).parameters[0].name = 'dry_run'; }],
  ['operation-id-camel-case', 'PascalCase operationId', (d) => { put(d).operationId = 'ReplaceThing'; }],
  ['operation-id-camel-case', 'no operationId', (d) => delete put(d).operationId],
  ['operation-summary-and-description', 'no summary', (d) => delete put(d).summary],
  ['operation-summary-and-description', 'no description', (d) => delete put(d).description],
  ['request-body-example', 'body without example', (d) => delete put(d).requestBody.content['application/json'].example],
  ['nlgov-date-format', 'date property as date-time', (d) => {
    d.components.schemas.Thing.properties.dueOn.format = 'date-time';
    put(d).requestBody.content['application/json'].example.dueOn = '2026-01-01T00:00:00Z';
  }],
  ['nlgov-date-format', 'date query parameter without format', (d) => {
    put(d).parameters.push({ name: 'activeOn', in: 'query', description: 'Day.', schema: { type: 'string' } });
  }],
  ['nlgov-timestamp-utc', 'timestamp without UTC', (d) => {
    d.components.schemas.Thing.properties.changedAt.description = 'When it last changed.';
  }],
  ['nlgov-timestamp-utc', 'timestamp without description', (d) => delete d.components.schemas.Thing.properties.changedAt.description],
  ['enum-string-and-described', 'enum value not described', (d) => {
    d.components.schemas.ThingSize.description = 'Size.\n\n- `groot`: big';
  }],
  ['enum-string-and-described', 'integer enum', (d) => {
    Object.assign(d.components.schemas.ThingSize, { type: 'integer', enum: [1, 2], description: '- `1`: big\n- `2`: small' });
    put(d).requestBody.content['application/json'].example.size = 1;
  }],
  ['named-body-schemas', 'inline response schema', (d) => {
    put(d).responses[200].content['application/json'].schema = { type: 'object', properties: { id: { type: 'string' } } };
  }],
  ['schema-names-pascal-case', 'snake_case schema name', (d) => {
    d.components.schemas.thing_size = d.components.schemas.ThingSize;
    delete d.components.schemas.ThingSize;
    d.components.schemas.Thing.properties.size.$ref = '#/components/schemas/thing_size';
  }],
];

// Our ruleset adds to Spectral's recommended rules and never weakens one: no rule of the ruleset may be
// switched off or lowered below error unless it is one of our own (which define `given`).
const weakened = [...readFileSync(join(here, 'ruleset.yaml'), 'utf8')
  .matchAll(/^  ([a-z0-9-]+):[ \t]*(off|false|hint|info|warn)?[ \t]*(?:#.*)?$/gm)]
  .filter((m) => m[2] !== undefined)
  .map((m) => m[1]);
if (weakened.length > 0) {
  console.error(`FAIL ruleset.yaml switches off or weakens recommended rules: ${weakened.join(', ')}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'spectral-rules-'));
try {
  const files = [['clean', null, join(work, 'clean.json')]];
  writeFileSync(files[0][2], JSON.stringify(cleanDocument()));
  cases.forEach(([rule, name, breakIt], index) => {
    const doc = cleanDocument();
    breakIt(doc);
    const file = join(work, `case-${index}.json`);
    writeFileSync(file, JSON.stringify(doc));
    files.push([name, rule, file]);
  });

  let output;
  try {
    output = execFileSync(join(here, 'node_modules/.bin/spectral'),
      ['lint', '--ruleset', join(here, 'ruleset.yaml'), '--format', 'json', '--quiet', ...files.map((f) => f[2])],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // Spectral exits 1 when it finds errors, which the broken cases are meant to have; any other exit is
    // Spectral itself failing (a rule that crashes on the document), which must not read as silent rules.
    if (error.status !== 1) {
      console.error(`FAIL Spectral could not lint the fixtures (exit ${error.status}):\n${error.stderr || error.stdout}`);
      process.exit(1);
    }
    output = error.stdout;
  }

  const findings = JSON.parse(output || '[]');
  const failures = [];
  for (const [name, rule, file] of files) {
    const mine = findings.filter((f) => f.source === file);
    if (rule === null) {
      if (mine.length > 0) {
        failures.push(`the clean fixture has findings: ${mine.map((f) => `${f.code} (${f.message})`).join('; ')}`);
      }
    } else if (!mine.some((f) => f.code === rule && f.severity === 0)) {
      failures.push(`${rule} did not report "${name}"; found: ${mine.map((f) => f.code).join(', ') || 'nothing'}`);
    }
  }

  if (failures.length > 0) {
    console.error(failures.map((f) => `FAIL ${f}`).join('\n'));
    process.exit(1);
  }

  const rules = new Set(cases.map((c) => c[0]));
  console.log(`Spectral ruleset: each of ${rules.size} rules reports its ${cases.length} broken fixtures; the clean fixture has no findings.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
