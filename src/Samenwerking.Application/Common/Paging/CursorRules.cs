using FluentValidation;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Common.Paging;

public static class CursorRules
{
    /// <summary>
    /// An <c>after</c> cursor must be one this list handed out for the same sort order, and goes with the first page
    /// only: a cursor already says where the page starts.
    /// </summary>
    public static void ValidCursor<T>(this IRuleBuilder<T, string?> after, Func<T, int> page, Func<T, string, bool> isValid) =>
        after
            .Must((query, cursor) => cursor is null || isValid(query, cursor))
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' must be the 'next' cursor of a page of this list, with the same sort order.",
                "'{PropertyName}' moet de 'next'-cursor van een pagina van deze lijst zijn, met dezelfde sortering."))
            .Must((query, cursor) => cursor is null || page(query) == 1)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' cannot be combined with a page number other than 1: the cursor says where the page starts.",
                "'{PropertyName}' kan niet samen met een ander paginanummer dan 1: de cursor bepaalt waar de pagina begint."));
}
