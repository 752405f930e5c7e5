using Samenwerking.Domain.Common;
using Samenwerking.Domain.Municipalities;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Herindelingen;

/// <summary>
/// A herindeling (Wet arhi) as it applies to collaborations: on <see cref="EffectiveOn"/> the <see cref="EndingCodes"/> end and
/// <see cref="SuccessorCode"/> succeeds to their participations. Declared against the municipality reference data, which must
/// already say so: a second, contradicting source of truth about the country's municipalities is what this prevents.
/// </summary>
public sealed record Herindeling
{
    public const string WithdrawalReason = "herindeling";

    private Herindeling(DateOnly effectiveOn, IReadOnlyList<string> endingCodes, string successorCode)
    {
        EffectiveOn = effectiveOn;
        EndingCodes = endingCodes;
        SuccessorCode = successorCode;
    }

    public DateOnly EffectiveOn { get; }

    /// <summary>The municipalities that end, in code order.</summary>
    public IReadOnlyList<string> EndingCodes { get; }

    public string SuccessorCode { get; }

    public bool Ends(string municipalityCode) => EndingCodes.Contains(municipalityCode, StringComparer.Ordinal);

    /// <summary>
    /// Declares the herindeling when the reference data agrees: every ending municipality has a record that ends on that date
    /// (naming this successor, or none), and the successor is in force on it. The first rule that fails is refused.
    /// </summary>
    public static Herindeling Declare(DateOnly effectiveOn, IEnumerable<string> endingCodes, string successorCode,
        ILookup<string, Municipality> records)
    {
        var ending = endingCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ending.Count == 0 || ending.Contains(successorCode, StringComparer.Ordinal))
        {
            throw new ArgumentException("A herindeling ends at least one municipality, and not its successor.", nameof(endingCodes));
        }

        foreach (var code in ending)
        {
            var last = records[code].FirstOrDefault(r => r.ValidTo == effectiveOn);
            if (last is null)
            {
                throw Refusals.MunicipalityDoesNotEnd.Because(new Text(
                        $"The reference data has no record of {code} that ends on {effectiveOn:yyyy-MM-dd}; add the herindeling to the reference data first.",
                        $"De referentiegegevens hebben geen record van {code} dat eindigt op {effectiveOn:yyyy-MM-dd}; leg de herindeling eerst vast in de referentiegegevens."),
                    new Dictionary<string, object?> { ["municipalityCode"] = code, ["effectiveOn"] = effectiveOn });
            }

            if (last.SuccessorCode is { } named && named != successorCode)
            {
                throw Refusals.SuccessorDiffers.Because(new Text(
                        $"The reference data says {named} succeeded {code} ({last.Name}), not {successorCode}.",
                        $"Volgens de referentiegegevens is {named} de opvolger van {code} ({last.Name}), niet {successorCode}."),
                    new Dictionary<string, object?> { ["municipalityCode"] = code, ["successorCode"] = named });
            }
        }

        EnsureInForce(successorCode, effectiveOn, records);
        return new Herindeling(effectiveOn, ending, successorCode);
    }

    /// <summary>A successor, here or in the reference data, exists on the day it succeeds.</summary>
    public static void EnsureInForce(string successorCode, DateOnly effectiveOn, ILookup<string, Municipality> records)
    {
        if (!records[successorCode].Any(r => r.IsInForceOn(effectiveOn)))
        {
            throw Refusals.SuccessorNotInForce.Because(new Text(
                    $"The successor {successorCode} does not exist on {effectiveOn:yyyy-MM-dd} according to the reference data.",
                    $"De opvolger {successorCode} bestaat volgens de referentiegegevens niet op {effectiveOn:yyyy-MM-dd}."),
                new Dictionary<string, object?> { ["successorCode"] = successorCode, ["effectiveOn"] = effectiveOn });
        }
    }

    /// <summary>Participations pass on the day itself, not in advance: until then the ending municipality still takes part.</summary>
    public void EnsureInEffect(DateOnly today)
    {
        if (EffectiveOn > today)
        {
            throw Refusals.HerindelingNotYetInEffect.Because(new Text(
                    $"The herindeling takes effect on {EffectiveOn:yyyy-MM-dd}; apply it on or after that day (a dry run shows what it will change).",
                    $"De herindeling gaat in op {EffectiveOn:yyyy-MM-dd}; pas haar op of na die dag toe (een proefrun toont wat ze zal wijzigen)."),
                new Dictionary<string, object?> { ["effectiveOn"] = EffectiveOn });
        }
    }
}
