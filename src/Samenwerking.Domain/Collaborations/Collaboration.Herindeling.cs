using Samenwerking.Domain.Common;
using Samenwerking.Domain.Herindelingen;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    /// <summary>
    /// What <paramref name="herindeling"/> changes here, without changing anything: the dry run and the application read
    /// the same plan. Empty once applied, which is what makes applying twice change nothing the second time.
    /// </summary>
    public IReadOnlyList<HerindelingChange> PlanHerindeling(Herindeling herindeling)
    {
        // A regeling dissolved by the herindeling's date has no participation left to pass on.
        if (EndedOn is { } endedOn && endedOn <= herindeling.EffectiveOn)
        {
            return [];
        }

        // In the order they joined (the loaded order is not), so a report reads the same every time.
        var ending = ActiveParticipants.Where(p => herindeling.Ends(p.MunicipalityCode)).OrderBy(p => p.Ordinal).ToList();
        var successor = herindeling.SuccessorCode;
        var changes = ending.Select(p => new HerindelingChange(HerindelingChangeKind.ParticipationEnds, p.MunicipalityCode, successor)).ToList();
        if (ending.Count > 0)
        {
            var successorKind = IsActiveParticipant(successor) ? HerindelingChangeKind.SuccessorAlreadyTakesPart : HerindelingChangeKind.SuccessorJoins;
            changes.Add(new HerindelingChange(successorKind, ending[0].MunicipalityCode, successor));
        }

        changes.AddRange(ending.Where(p => p.Role == ParticipantRole.Centrumgemeente)
            .Select(p => new HerindelingChange(HerindelingChangeKind.CentrumgemeentePasses, p.MunicipalityCode, successor)));
        if (RegisterEntry.Bronhouder is { } bronhouder && herindeling.Ends(bronhouder))
        {
            changes.Add(new HerindelingChange(HerindelingChangeKind.BronhouderPasses, bronhouder, successor));
        }

        return changes;
    }

    /// <summary>
    /// Applies a herindeling (Wet arhi): each active participation of an ending municipality ends on the date with reason
    /// "herindeling", and the successor joins on that date in its place, or keeps the participation it already has; the
    /// centrumgemeente role and the register's bronhouder pass to it. A legal succession, not a choice of the collaboration:
    /// the rules that guard withdrawals and removals do not apply (it may leave one participant, in any phase).
    /// </summary>
    public IReadOnlyList<HerindelingChange> UndergoHerindeling(Herindeling herindeling, Municipality successor, ChangeContext change)
    {
        herindeling.EnsureInEffect(change.Today);
        var changes = PlanHerindeling(herindeling);
        foreach (var step in changes)
        {
            Apply(step, herindeling, successor, change);
        }

        return changes;
    }

    private void Apply(HerindelingChange step, Herindeling herindeling, Municipality successor, ChangeContext change)
    {
        var on = herindeling.EffectiveOn;
        switch (step.Kind)
        {
            case HerindelingChangeKind.ParticipationEnds:
                var ending = ActiveParticipants.Single(p => p.MunicipalityCode == step.MunicipalityCode);
                ending.Withdraw(on, Herindeling.WithdrawalReason);
                CountActiveParticipants();
                RecordChange(HistoryEntryKind.ParticipantSucceeded,
                    $"{step.MunicipalityCode} ended on {on:yyyy-MM-dd} by herindeling; {step.SuccessorCode} ({successor.Name}) succeeds to its participation.",
                    change, step.MunicipalityCode);
                break;
            case HerindelingChangeKind.SuccessorJoins:
                // The centrumgemeente passes below, so the successor joins as an ordinary participant first.
                var joined = AddParticipant(new Joining(successor, on, ParticipantRole.Deelnemer));
                RecordChange(HistoryEntryKind.ParticipantJoined,
                    $"{successor.Code} ({successor.Name}) joined on {on:yyyy-MM-dd} as successor of {string.Join(", ", herindeling.EndingCodes)} (herindeling).",
                    change, joined.MunicipalityCode);
                break;
            case HerindelingChangeKind.SuccessorAlreadyTakesPart:
                break;
            case HerindelingChangeKind.CentrumgemeentePasses:
                ActiveParticipants.Single(p => p.MunicipalityCode == step.SuccessorCode).BecomeCentrumgemeente();
                RecordChange(HistoryEntryKind.CentrumgemeenteSucceeded,
                    $"{step.SuccessorCode} ({successor.Name}) is the centrumgemeente from {on:yyyy-MM-dd}, as successor of {step.MunicipalityCode} (herindeling).",
                    change, step.SuccessorCode);
                break;
            case HerindelingChangeKind.BronhouderPasses:
                RegisterEntry = RegisterEntry with { Bronhouder = step.SuccessorCode };
                RecordChange(HistoryEntryKind.BronhouderSucceeded,
                    $"{step.SuccessorCode} ({successor.Name}) keeps the register entry (bronhouder) from {on:yyyy-MM-dd}, as successor of {step.MunicipalityCode} (herindeling).",
                    change, step.SuccessorCode);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "Not a change of a collaboration.");
        }
    }
}
