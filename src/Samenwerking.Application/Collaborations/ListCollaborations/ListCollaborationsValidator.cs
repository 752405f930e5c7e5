using FluentValidation;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

public sealed class ListCollaborationsValidator : AbstractValidator<ListCollaborationsQuery>
{
    public ListCollaborationsValidator()
    {
        RuleFor(q => q.Municipality).MunicipalityCodeWhenGiven();
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Sort).OneOf(CollaborationSort.Allowed);
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.After).ValidCursor(q => q.Page, (q, after) => CollaborationKeyset.IsValid(after, q.Sort ?? CollaborationSort.Default));
    }
}
