// Optimistic concurrency (If-Match / 412) only works when a client can read the version to send:
// an operation that takes If-Match documents the ETag header on its 200 and 201 responses.
export default (operation, _options, context) => {
  if (operation === null || typeof operation !== 'object') {
    return;
  }

  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  const takesIfMatch = parameters.some((p) => p && p.in === 'header' && String(p.name).toLowerCase() === 'if-match');
  if (!takesIfMatch) {
    return;
  }

  const results = [];
  for (const status of ['200', '201']) {
    const response = operation.responses && operation.responses[status];
    if (response && !(response.headers && response.headers.ETag)) {
      results.push({
        message: `The operation takes If-Match, so its ${status} response must document the ETag header.`,
        path: [...context.path, 'responses', status],
      });
    }
  }

  return results;
};
