// Proves that check.mjs judges versions as docs/adr/0013 says: each case changes a small released contract and
// sets a version; the check must fail where the version does not say what changed, and pass where it does.
// Run by build/checks/contract-compatibility.sh; exits non-zero when the check passes a wrong version or fails a right one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function released() {
  const thing = { $ref: '#/components/schemas/Thing' };
  return {
    openapi: '3.0.4',
    info: { title: 'Fixture', version: '1.0.0' },
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          responses: { 200: { description: 'Things.', content: { 'application/json': { schema: { type: 'array', items: thing } }, 'text/csv': { schema: { type: 'string' } } } } },
        },
      },
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'A thing.', content: { 'application/json': { schema: thing } } } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['id', 'name'],
          properties: { id: { type: 'string' }, name: { type: 'string' }, size: { allOf: [{ $ref: '#/components/schemas/Size' }], nullable: true } },
        },
        Size: { type: 'string', enum: ['groot', 'klein'] },
      },
    },
  };
}

const getThing = (d) => d.paths['/things/{id}'].get;
const withVersion = (version, change) => (d) => { d.info.version = version; change?.(d); };
const deprecatedBesideNew = (headers) => (d) => {
  d.paths['/items/{id}'] = structuredClone(d.paths['/things/{id}']);
  d.paths['/items/{id}'].get.operationId = 'getItem';
  getThing(d).deprecated = true;
  if (headers) {
    getThing(d).responses[200].headers = {
      Deprecation: { description: 'Since when.', schema: { type: 'string' } },
      Sunset: { description: 'Until when.', schema: { type: 'string' } },
    };
  }
};

// [passes?, what the case does, how]
const cases = [
  [true, 'nothing changed', withVersion('1.0.0')],
  [false, 'an operation removed under a minor version', withVersion('1.1.0', (d) => delete d.paths['/things/{id}'])],
  [true, 'an operation removed under a major version', withVersion('2.0.0', (d) => delete d.paths['/things/{id}'])],
  [false, 'a response member removed under a minor version', withVersion('1.1.0', (d) => {
    delete d.components.schemas.Thing.properties.name;
    d.components.schemas.Thing.required = ['id'];
  })],
  [false, 'a member type changed under a patch version', withVersion('1.0.1', (d) => { d.components.schemas.Thing.properties.id.type = 'integer'; })],
  [false, 'a response media type removed under a minor version',
    withVersion('1.1.0', (d) => delete d.paths['/things'].get.responses[200].content['text/csv'])],
  [false, 'an operation added without a new version', withVersion('1.0.0', (d) => { d.paths['/items/{id}'] = structuredClone(d.paths['/things/{id}']); })],
  [false, 'an operation added under a patch version', withVersion('1.0.1', (d) => { d.paths['/items/{id}'] = structuredClone(d.paths['/things/{id}']); })],
  [true, 'an operation added under a minor version', withVersion('1.1.0', (d) => { d.paths['/items/{id}'] = structuredClone(d.paths['/things/{id}']); })],
  [true, 'an old operation kept beside its successor, deprecated with Deprecation and Sunset', withVersion('1.1.0', deprecatedBesideNew(true))],
  [false, 'an old operation deprecated without Deprecation and Sunset', withVersion('1.1.0', deprecatedBesideNew(false))],
  [false, 'a description changed without a new version', withVersion('1.0.0', (d) => { getThing(d).responses[200].description = 'One thing.'; })],
  [true, 'a description changed under a patch version', withVersion('1.0.1', (d) => { getThing(d).responses[200].description = 'One thing.'; })],
  [false, 'a version below the released one', withVersion('0.9.0')],
  [false, 'a version that is not semantic', withVersion('1.1')],
];

const work = mkdtempSync(join(tmpdir(), 'contract-compatibility-'));
try {
  const releasedDir = join(work, 'released');
  mkdirSync(releasedDir);
  writeFileSync(join(releasedDir, 'openapi-1.0.0.json'), JSON.stringify(released()));
  // An older release must not be the one compared with.
  writeFileSync(join(releasedDir, 'openapi-0.9.0.json'), JSON.stringify({ ...released(), info: { title: 'Fixture', version: '0.9.0' }, paths: {} }));
  const failures = [];
  cases.forEach(([passes, name, change], index) => {
    const document = released();
    change(document);
    const file = join(work, `case-${index}.json`);
    writeFileSync(file, JSON.stringify(document));
    let passed = true;
    let output = '';
    try {
      output = execFileSync('node', [join(here, 'check.mjs'), releasedDir, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      if (error.status !== 1) {
        failures.push(`"${name}": the check crashed (exit ${error.status}): ${error.stderr}`);
        return;
      }
      passed = false;
      output = error.stderr;
    }
    if (passed !== passes) {
      failures.push(`"${name}" should ${passes ? 'pass' : 'fail'} but ${passed ? 'passed' : 'failed'}: ${output.trim()}`);
    }
  });

  if (failures.length > 0) {
    console.error(failures.map((f) => `FAIL ${f}`).join('\n'));
    process.exit(1);
  }

  console.log(`Contract compatibility check: right on all ${cases.length} fixture cases (${cases.filter((c) => !c[0]).length} of them must fail).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
