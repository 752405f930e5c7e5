// NL GOV /core/error-handling/problem-details: an error response is RFC 9457 problem JSON and
// nothing else, and its schema promises the three members clients rely on.
const PROBLEM_JSON = 'application/problem+json';
const MEMBERS = ['status', 'title', 'detail'];

export default (response) => {
  if (response === null || typeof response !== 'object') {
    return;
  }

  const content = response.content;
  if (!content || !content[PROBLEM_JSON]) {
    return [{ message: `An error response must be ${PROBLEM_JSON}.` }];
  }

  const results = [];
  for (const mediaType of Object.keys(content)) {
    if (mediaType !== PROBLEM_JSON) {
      results.push({ message: `An error response must be ${PROBLEM_JSON} only, not also ${mediaType}.` });
    }
  }

  const schema = content[PROBLEM_JSON].schema ?? {};
  for (const member of MEMBERS) {
    if (!promises(schema, member)) {
      results.push({ message: `The problem schema must declare \`${member}\` as a required property.` });
    }
  }

  return results;
};

// A typed problem extends the common one (allOf) and a response that can carry several kinds lists them
// (oneOf/anyOf): the member is promised when one allOf part requires it, or every alternative does.
function promises(schema, member) {
  if (schema === null || typeof schema !== 'object') {
    return false;
  }

  if ((schema.properties ?? {})[member] && (schema.required ?? []).includes(member)) {
    return true;
  }

  if (Array.isArray(schema.allOf) && schema.allOf.some((part) => promises(part, member))) {
    return true;
  }

  const alternatives = schema.oneOf ?? schema.anyOf;
  return Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every((alternative) => promises(alternative, member));
}
