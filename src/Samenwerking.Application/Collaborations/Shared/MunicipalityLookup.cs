using FluentValidation;
using FluentValidation.Results;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>Finds the CBS records of municipalities that are about to join, and the names participants had, from the reference data.</summary>
public static class MunicipalityLookup
{
    /// <summary>
    /// Resolves each input to the record in force on its join date (or, when there is none, the latest
    /// record, so the domain can say why it refuses). Unknown codes are invalid input, all reported at once.
    /// </summary>
    public static async Task<IReadOnlyList<Joining>> ResolveAsync(this IApplicationDbContext db,
        IReadOnlyList<IJoiningInput> inputs, DateOnly today, string fieldPrefix, CancellationToken cancellationToken)
    {
        var records = await db.MunicipalityRecordsAsync(cancellationToken);

        var failures = new List<ValidationFailure>();
        var joinings = new List<Joining>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var joinedOn = input.JoinedOn ?? today;
            var candidates = records[input.MunicipalityCode].ToList();
            if (candidates.Count == 0)
            {
                failures.Add(new ValidationFailure($"{fieldPrefix}{(fieldPrefix.Length > 0 ? $"[{i}]." : "")}municipalityCode",
                    Messages.Shared.Get("Validation.Municipality.Unknown", ("code", input.MunicipalityCode))));
                continue;
            }

            var record = RecordOn(candidates, joinedOn)!;
            joinings.Add(new Joining(record, joinedOn, input.Role));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return joinings;
    }

    /// <summary>The name each municipality had when it joined, for showing participants.</summary>
    public static async Task<Func<string, DateOnly, string>> NamesAsync(this IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var records = await db.MunicipalityRecordsAsync(cancellationToken);
        return (code, on) => RecordOn(records[code], on)?.Name ?? code;
    }

    /// <summary>The record in force on <paramref name="date"/>, or else the latest one (a merged municipality's last name).</summary>
    private static Municipality? RecordOn(IEnumerable<Municipality> records, DateOnly date)
    {
        var candidates = records.ToList();
        return candidates.FirstOrDefault(m => m.IsInForceOn(date)) ?? candidates.MaxBy(m => m.ValidFrom);
    }
}
