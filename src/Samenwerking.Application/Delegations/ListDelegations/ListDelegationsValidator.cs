using FluentValidation;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Delegations.ListDelegations;

public sealed class ListDelegationsValidator : AbstractValidator<ListDelegationsQuery>
{
    public ListDelegationsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
