// Generated clients and frontends need enums as strings, and people reading the contract need to
// know what each value means: the description must name every value (as `value`).
export default (schema) => {
  if (schema === null || typeof schema !== 'object' || !Array.isArray(schema.enum)) {
    return;
  }

  // `enum: [null]` is no vocabulary: it is the null branch of a nullable reference
  // (src/Samenwerking.Api/OpenApi/NullableReferencesDocumentFilter.cs).
  if (schema.enum.every((value) => value === null)) {
    return;
  }

  const results = [];
  if (schema.type !== 'string') {
    results.push({ message: 'An enum must be of type string, so values travel as names, not numbers.' });
  }

  const description = typeof schema.description === 'string' ? schema.description : '';
  const undescribed = schema.enum.filter((value) => value !== null && !description.includes(`\`${value}\``));
  if (undescribed.length > 0) {
    results.push({ message: `The enum's description must explain each value; missing: ${undescribed.join(', ')}.` });
  }

  return results;
};
