// Spectral's own example check (oas3-valid-media-example), taught one thing: a nullable reference written
// `{allOf: [$ref], nullable: true}` (the form every client generator reads as "the type or null") accepts null.
// Ajv refuses to compile `nullable` without a `type` beside it, so before the check each such schema becomes
// `{anyOf: [{allOf: [$ref]}, {type: 'null'}]}`, which says the same in plain JSON Schema. Everything else, and the
// examples themselves, go to Spectral's function unchanged.
import { oasExample } from '@stoplight/spectral-rulesets/dist/oas/functions/index.js';

export default (target, options, context) => oasExample(plain(target, new Map()), options, context);

function plain(node, seen) {
  if (Array.isArray(node)) {
    return node.map((item) => plain(item, seen));
  }

  if (node === null || typeof node !== 'object') {
    return node;
  }

  if (seen.has(node)) {
    return seen.get(node);
  }

  const copy = {};
  seen.set(node, copy);
  for (const [key, value] of Object.entries(node)) {
    // Examples are data, not schemas: never rewritten.
    copy[key] = key === 'example' || key === 'examples' ? value : plain(value, seen);
  }

  if (copy.nullable === true && copy.type === undefined && (copy.allOf || copy.oneOf || copy.anyOf)) {
    const { nullable, ...schema } = copy;
    return { anyOf: [schema, { type: 'null' }] };
  }

  return copy;
}
