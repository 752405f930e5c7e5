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
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  for (const member of MEMBERS) {
    if (!properties[member] || !required.includes(member)) {
      results.push({ message: `The problem schema must declare \`${member}\` as a required property.` });
    }
  }

  return results;
};
