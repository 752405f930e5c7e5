using Microsoft.AspNetCore.Http;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Schema names are part of the contract for generated clients: PascalCase, without the "Dto"
/// suffix, and for generics a readable name (<c>MunicipalityPage</c>, not <c>PagedResultOfMunicipalityDto</c>; <c>DecisionList</c>).
/// </summary>
public static class SchemaIds
{
    public static string For(Type type)
    {
        if (type == typeof(HttpValidationProblemDetails))
        {
            return "ValidationProblemDetails";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Application.Common.Paging.PagedResult<>))
        {
            return Strip(type.GetGenericArguments()[0].Name) + "Page";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Endpoints.ItemList<>))
        {
            return Strip(type.GetGenericArguments()[0].Name) + "List";
        }

        // Vocabulary<Phase> and VocabularyTerm<Phase> read as PhaseVocabulary and PhaseTerm.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Application.Vocabularies.Vocabulary<>))
        {
            return type.GetGenericArguments()[0].Name + "Vocabulary";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Application.Vocabularies.VocabularyTerm<>))
        {
            return type.GetGenericArguments()[0].Name + "Term";
        }

        if (type.IsGenericType)
        {
            return Strip(type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]) +
                   string.Concat(type.GetGenericArguments().Select(For));
        }

        return Strip(type.Name);
    }

    private static string Strip(string name) =>
        name.EndsWith("Dto", StringComparison.Ordinal) ? name[..^3] : name;
}
