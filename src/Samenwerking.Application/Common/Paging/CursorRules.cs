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
            .WithMessage(_ => Messages.Shared.Get("Validation.After.NotACursor"))
            .Must((query, cursor) => cursor is null || page(query) == 1)
            .WithMessage(_ => Messages.Shared.Get("Validation.After.OnlyOnFirstPage"));
}
