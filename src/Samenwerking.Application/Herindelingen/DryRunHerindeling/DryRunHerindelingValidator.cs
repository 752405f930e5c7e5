using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Herindelingen.DryRunHerindeling;

public sealed class DryRunHerindelingValidator(IStringLocalizer<Messages> messages)
    : HerindelingDeclarationValidator<DryRunHerindelingCommand>(messages);
