using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Herindelingen;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Herindelingen;

/// <summary>
/// What a herindeling may touch, loaded for a dry run or to apply it: the declaration checked against the reference data,
/// every collaboration in which an ending municipality takes or took part (a former participant may still be its
/// bronhouder), and the subscriptions that follow an ending municipality. Some 33 collaborations per municipality in the
/// country: whole aggregates, as the domain decides what changes.
/// </summary>
internal sealed record HerindelingScope(Herindeling Herindeling, IReadOnlyList<Collaboration> Collaborations, IReadOnlyList<Subscription> Subscriptions)
{
    public static async Task<HerindelingScope> LoadAsync(IApplicationDbContext db, IHerindelingDeclaration declaration, CancellationToken cancellationToken)
    {
        var records = await db.MunicipalityRecordsAsync(cancellationToken);
        var herindeling = Herindeling.Declare(declaration.EffectiveOn, declaration.EndingMunicipalityCodes, declaration.SuccessorCode, records);
        var ending = herindeling.EndingCodes.ToList();
        var collaborations = await db.Collaborations
            .Include(c => c.Participants).Include(c => c.Transitions).Include(c => c.Decisions).Include(c => c.Roles)
            .Where(c => c.Participants.Any(p => ending.Contains(p.MunicipalityCode)))
            .OrderBy(c => c.NameForSearch).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var subscriptions = await db.Subscriptions
            .Where(s => s.MunicipalityCode != null && ending.Contains(s.MunicipalityCode))
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return new HerindelingScope(herindeling, collaborations, subscriptions);
    }

    public HerindelingReportDto Report(bool applied, IEnumerable<(Collaboration Collaboration, IReadOnlyList<HerindelingChange> Changes)> collaborations,
        IEnumerable<(Subscription Subscription, HerindelingChange Change)> subscriptions) => new(
        Herindeling.EffectiveOn, Herindeling.EndingCodes, Herindeling.SuccessorCode, applied,
        [.. collaborations.Where(c => c.Changes.Count > 0).Select(c => new HerindelingCollaborationDto(c.Collaboration.Id, c.Collaboration.Name,
            c.Collaboration.Phase, [.. c.Changes.Select(ToDto)]))],
        [.. subscriptions.Select(s => new HerindelingSubscriptionDto(s.Subscription.Id, s.Change.MunicipalityCode, s.Change.SuccessorCode))]);

    private static HerindelingChangeDto ToDto(HerindelingChange change) => new(change.Kind, change.MunicipalityCode, change.SuccessorCode);
}
