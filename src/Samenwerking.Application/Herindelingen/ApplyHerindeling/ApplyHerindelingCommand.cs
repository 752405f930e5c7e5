using Mediator;

namespace Samenwerking.Application.Herindelingen.ApplyHerindeling;

/// <summary>Applies a herindeling to every collaboration and subscription it touches, in one transaction.</summary>
public sealed record ApplyHerindelingCommand(DateOnly EffectiveOn, IReadOnlyList<string> EndingMunicipalityCodes, string SuccessorCode)
    : ICommand<HerindelingReportDto>, IHerindelingDeclaration;
