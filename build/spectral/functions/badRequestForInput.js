// NL GOV /core/error-handling/invalid-input: whoever can send input can send wrong input, so every
// operation that takes parameters (its own or its path's) or a body documents the 400 it then gets.
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export default (pathItem, _options, context) => {
  if (pathItem === null || typeof pathItem !== 'object') {
    return;
  }

  const sharedParameters = Array.isArray(pathItem.parameters) ? pathItem.parameters.length : 0;
  const results = [];
  for (const method of METHODS) {
    const operation = pathItem[method];
    if (!operation || typeof operation !== 'object') {
      continue;
    }

    const ownParameters = Array.isArray(operation.parameters) ? operation.parameters.length : 0;
    const takesInput = sharedParameters + ownParameters > 0 || operation.requestBody !== undefined;
    if (takesInput && !(operation.responses && operation.responses['400'])) {
      results.push({
        message: `${method.toUpperCase()} takes parameters or a body, so it must document a 400 response.`,
        path: [...context.path, method, 'responses'],
      });
    }
  }

  return results;
};
