using Mediator;

namespace Samenwerking.Application.Herindelingen.DryRunHerindeling;

/// <summary>
/// Reports what a herindeling would change, changing nothing. A command, not a query, only because it asks the
/// collaborations themselves (whole aggregates) what would change, the very plan applying it follows.
/// </summary>
public sealed record DryRunHerindelingCommand(DateOnly EffectiveOn, IReadOnlyList<string> EndingMunicipalityCodes, string SuccessorCode)
    : ICommand<HerindelingReportDto>, IHerindelingDeclaration;
