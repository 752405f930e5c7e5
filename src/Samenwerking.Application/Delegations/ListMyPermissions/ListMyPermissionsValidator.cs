using FluentValidation;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Delegations.ListMyPermissions;

public sealed class ListMyPermissionsValidator : AbstractValidator<ListMyPermissionsQuery>
{
    public ListMyPermissionsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
