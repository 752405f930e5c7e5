using Mediator;

namespace Samenwerking.Application.Collaborations.RegisterOverview;

/// <summary>The national register in numbers: ongoing collaborations per phase, per legal instrument and per province.</summary>
public sealed record GetRegisterOverviewQuery : IQuery<RegisterOverviewDto>;
