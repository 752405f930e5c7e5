using FluentValidation;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.History.ListHistory;

public sealed class ListHistoryValidator : AbstractValidator<ListHistoryQuery>
{
    public ListHistoryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
