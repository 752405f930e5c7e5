using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Herindelingen;

namespace Samenwerking.Application.Herindelingen.DryRunHerindeling;

public sealed class DryRunHerindelingHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<DryRunHerindelingCommand, HerindelingReportDto>
{
    public async ValueTask<HerindelingReportDto> Handle(DryRunHerindelingCommand command, CancellationToken cancellationToken)
    {
        clock.ChangeAsAdministrator(actor);
        var scope = await HerindelingScope.LoadAsync(db, command, cancellationToken);
        var successor = scope.Herindeling.SuccessorCode;
        return scope.Report(applied: false,
            scope.Collaborations.Select(c => (c, c.PlanHerindeling(scope.Herindeling))),
            scope.Subscriptions.Select(s => (s, new HerindelingChange(HerindelingChangeKind.SubscriptionFollowsSuccessor, s.MunicipalityCode!, successor))));
    }
}
