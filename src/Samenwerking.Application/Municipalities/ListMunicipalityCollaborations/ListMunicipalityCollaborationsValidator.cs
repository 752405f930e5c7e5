using FluentValidation;
using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;

public sealed class ListMunicipalityCollaborationsValidator : AbstractValidator<ListMunicipalityCollaborationsQuery>
{
    public ListMunicipalityCollaborationsValidator()
    {
        RuleFor(q => q.Code).MunicipalityCode();
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.After).ValidCursor(q => q.Page, (_, after) => MunicipalityKeyset.Decode(after) is not null);
    }
}
