using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Herindelingen.ApplyHerindeling;

/// <summary>
/// Every touched collaboration undergoes the herindeling (its history and the change feed record each change) and every
/// subscription on an ending municipality follows the successor, all saved together. Applied again, nothing is left to
/// change and nothing is saved.
/// </summary>
public sealed class ApplyHerindelingHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<ApplyHerindelingCommand, HerindelingReportDto>
{
    public async ValueTask<HerindelingReportDto> Handle(ApplyHerindelingCommand command, CancellationToken cancellationToken)
    {
        var change = clock.ChangeAsAdministrator(actor);
        var scope = await HerindelingScope.LoadAsync(db, command, cancellationToken);
        var herindeling = scope.Herindeling;
        herindeling.EnsureInEffect(change.Today);
        var successor = (await db.MunicipalityRecordsAsync(cancellationToken))[herindeling.SuccessorCode].First(r => r.IsInForceOn(herindeling.EffectiveOn));
        var collaborations = scope.Collaborations.Select(c => (c, c.UndergoHerindeling(herindeling, successor, change))).ToList();
        var subscriptions = scope.Subscriptions.Select(s => (s, s.FollowSuccessor(herindeling)!)).ToList();
        if (collaborations.Any(c => c.Item2.Count > 0) || subscriptions.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return scope.Report(applied: true, collaborations, subscriptions);
    }
}
