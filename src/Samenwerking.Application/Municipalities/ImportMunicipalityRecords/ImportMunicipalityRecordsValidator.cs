using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Municipalities.ImportMunicipalityRecords;

public sealed class ImportMunicipalityRecordsValidator : AbstractValidator<ImportMunicipalityRecordsCommand>
{
    /// <summary>More than every record since 1970 (789): a file of the whole country fits, a runaway one does not.</summary>
    public const int MaxRecords = 2000;

    public ImportMunicipalityRecordsValidator(IStringLocalizer<Messages> messages)
    {
        RuleFor(c => c.Records).NotEmpty()
            .Must(records => records.Count <= MaxRecords)
            .WithMessage(_ => messages.Get("Validation.List.Between", ("min", 1), ("max", MaxRecords)))
            .Must(records => records.Contains(null!) || records.Select(r => (r.Code, r.ValidFrom)).Distinct().Count() == records.Count)
            .WithMessage(_ => messages.Get("Validation.MunicipalityRecord.Repeated"));
        RuleForEach(c => c.Records).ChildRules(record =>
        {
            record.RuleFor(r => r.Code).MunicipalityCode();
            record.RuleFor(r => r.Name).NotEmpty().MaximumLength(Municipality.MaxNameLength);
            record.RuleFor(r => r.ProvinceCode).NotEmpty().ProvinceCode();
            record.RuleFor(r => r.ProvinceName).NotEmpty().MaximumLength(Municipality.MaxProvinceNameLength);
            record.RuleFor(r => r.ValidFrom).NotEmpty();
            record.RuleFor(r => r.ValidTo).Must((r, validTo) => validTo is null || validTo > r.ValidFrom)
                .WithMessage(_ => messages.Get("Validation.MunicipalityRecord.EndsAfterStart"));
            record.RuleFor(r => r.SuccessorCode).MunicipalityCodeWhenGiven()
                .Must((r, successor) => successor is null || (r.ValidTo is not null && successor != r.Code))
                .WithMessage(_ => messages.Get("Validation.MunicipalityRecord.SuccessorOnlyWhenEnding"));
        });
    }
}
