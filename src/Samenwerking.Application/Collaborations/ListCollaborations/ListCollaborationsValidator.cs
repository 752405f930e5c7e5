using FluentValidation;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

public sealed class ListCollaborationsValidator : AbstractValidator<ListCollaborationsQuery>
{
    public ListCollaborationsValidator()
    {
        RuleFor(q => q.Municipality).MunicipalityCode().When(q => q.Municipality is not null);
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Sort).Must(sort => sort is null || CollaborationSort.Allowed.Contains(sort))
            .WithMessage(_ => Localized.Text(
                $"'{{PropertyName}}' must be one of: {string.Join(", ", CollaborationSort.Allowed)}.",
                $"'{{PropertyName}}' moet een van deze waarden zijn: {string.Join(", ", CollaborationSort.Allowed)}."));
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
