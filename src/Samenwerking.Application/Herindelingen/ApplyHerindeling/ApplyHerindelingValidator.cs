using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Herindelingen.ApplyHerindeling;

public sealed class ApplyHerindelingValidator(IStringLocalizer<Messages> messages)
    : HerindelingDeclarationValidator<ApplyHerindelingCommand>(messages);
