using FluentValidation;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Decisions.ListDecisions;

public sealed class ListDecisionsValidator : AbstractValidator<ListDecisionsQuery>
{
    public ListDecisionsValidator() => RuleFor(q => q.Municipality).MunicipalityCodeWhenGiven();
}
