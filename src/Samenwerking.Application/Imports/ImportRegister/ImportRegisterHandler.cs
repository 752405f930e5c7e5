using Microsoft.Extensions.Localization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.CreateCollaboration;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Authorization;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Municipalities;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Application.Imports.ImportRegister;

/// <summary>
/// Checks the rows as they arrive, in batches, the way a single registration is checked (the same validator, then the
/// domain's <see cref="Collaboration.Register"/>), collects every problem, and without a dry run saves each clean batch
/// in the import's one transaction (<see cref="IImportWriter"/>), committed only when the whole file is clean. Identity
/// is the name (unique regardless of case and accents): a row whose name is already registered is left alone and
/// reported as such, whatever its other cells say, so importing an unchanged export changes nothing and refuses nothing.
/// </summary>
public sealed class ImportRegisterHandler(IApplicationDbContext db, IImportWriter writer, IClock clock, ICurrentActor actor,
    IValidator<CreateCollaborationCommand> registrationValidator, IStringLocalizer<Messages> messages) : ICommandHandler<ImportRegisterCommand, ImportReportDto>
{
    /// <summary>Rows checked and saved together: one query for their names and one save per batch, and never more in memory.</summary>
    public const int BatchSize = 500;

    /// <summary>How often a batch is checked and saved again after concurrent registrations took some of its names.</summary>
    private const int AttemptsPerBatch = 3;

    private readonly Dictionary<ActingCapacity, ChangeContext> changes = [];

    public async ValueTask<ImportReportDto> Handle(ImportRegisterCommand command, CancellationToken cancellationToken)
    {
        var progress = new ImportProgress(command.DryRun);
        var municipalities = await db.MunicipalityRecordsAsync(cancellationToken);
        var batch = new List<ImportRow>(BatchSize);
        await foreach (var row in command.Rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                await ImportAsync(batch, progress, municipalities, write: !command.DryRun, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await ImportAsync(batch, progress, municipalities, write: !command.DryRun, cancellationToken);
        }

        if (progress.HasProblems && (!command.DryRun || progress.TextRefused))
        {
            throw new ValidationException(progress.Problems.Select(p => new ValidationFailure($"rows[{p.Row}].{p.Column}", p.Problem)));
        }

        if (progress.Saved)
        {
            await writer.CommitAsync(cancellationToken);
        }

        return progress.Report();
    }

    private async Task ImportAsync(List<ImportRow> batch, ImportProgress progress, ILookup<string, Municipality> municipalities, bool write,
        CancellationToken cancellationToken)
    {
        var keys = batch.Select(r => SearchText.Normalize(r.Registration.Name.Trim())).ToList();
        var earlierRows = batch.Select((r, i) => progress.EarlierRowNamed(keys[i], r.Row)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var registered = await RegisteredAsync(keys, cancellationToken);
            var checkedBatch = await CheckAsync(batch, keys, earlierRows, registered, municipalities, cancellationToken);
            // Once any row has a problem nothing will be committed, so nothing more is written; the rest is only checked.
            if (!write || progress.HasProblems || checkedBatch.Problems.Count > 0 || checkedBatch.Created.Count == 0)
            {
                progress.Add(checkedBatch, saved: false);
                return;
            }

            if (await writer.TrySaveAsync(checkedBatch.Created, cancellationToken))
            {
                progress.Add(checkedBatch, saved: true);
                return;
            }

            if (attempt == AttemptsPerBatch)
            {
                throw UniqueNames.CollaborationNameTakenMeanwhile();
            }
        }
    }

    /// <summary>The collaborations already registered under the batch's names, by name.</summary>
    private async Task<Dictionary<string, Guid>> RegisteredAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var names = keys.Where(k => k.Length > 0).Distinct().ToList();
        // One statement, streamed: the context's split-query default would have EF buffer the reader (docs/operations.md).
        return await db.InOneStatement(db.Collaborations.AsNoTracking()).Where(c => names.Contains(c.NameForSearch))
            .ToDictionaryAsync(c => c.NameForSearch, c => c.Id, StringComparer.Ordinal, cancellationToken);
    }

    private async Task<CheckedBatch> CheckAsync(List<ImportRow> batch, List<string> keys, List<int?> earlierRows,
        Dictionary<string, Guid> registered, ILookup<string, Municipality> municipalities, CancellationToken cancellationToken)
    {
        var alreadyRegistered = new List<ExistingRow>();
        var newRows = new List<int>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (keys[i].Length > 0 && registered.TryGetValue(keys[i], out var id))
            {
                alreadyRegistered.Add(new ExistingRow(batch[i].Row, id));
            }
            else
            {
                newRows.Add(i);
            }
        }

        // Authorization first, as for a single registration: every new row is a regeling the user's municipality takes part in
        // (an administrator may import any). One refused row refuses the import; the history names the capacity per row. A row
        // without participants is refused by the validator below, so it needs no capacity.
        var user = actor.AsActingUser();
        var capacities = new Dictionary<int, ChangeContext>();
        foreach (var i in newRows.Where(i => batch[i].Registration.Participants.Count > 0))
        {
            var capacity = Permissions.ToCreate(batch[i].Registration.Participants.Select(p => p.MunicipalityCode).ToList(), user);
            if (!changes.TryGetValue(capacity, out var change))
            {
                change = changes[capacity] = await db.ChangeInCapacityAsync(capacity, actor, clock, cancellationToken);
            }

            capacities[i] = change;
        }

        // Text that is no text is refused in every row, registered or not: the file is not what it claims to be.
        var problems = batch.SelectMany(r => r.RefusedCells).ToList();
        var created = new List<Collaboration>();
        foreach (var i in newRows)
        {
            var row = batch[i];
            var rowProblems = new List<ImportProblem>(row.ReadProblems);
            var unreadable = row.ReadProblems.Concat(row.RefusedCells).Select(p => p.Column).ToHashSet();
            var registration = row.Registration;
            if (registration.Phase is not (Phase.Implementatie or Phase.Doorontwikkeling) && !unreadable.Contains(RegisterColumns.Phase))
            {
                rowProblems.Add(new(row.Row, RegisterColumns.Phase, messages.Get("Import.PhaseNotRegistrable")));
            }

            var validation = await registrationValidator.ValidateAsync(registration, cancellationToken);
            rowProblems.AddRange(validation.Errors
                .Select(e => new ImportProblem(row.Row, RegisterColumns.ForField(e.PropertyName), e.ErrorMessage))
                .Where(p => !unreadable.Contains(p.Column)));

            if (earlierRows[i] is { } earlier)
            {
                rowProblems.Add(new(row.Row, RegisterColumns.Name, messages.Get("Import.NameRepeated", ("row", earlier))));
            }

            if (rowProblems.Count == 0 && row.RefusedCells.Count == 0)
            {
                rowProblems.AddRange(Register(row, municipalities, capacities.TryGetValue(i, out var change) ? change : clock.ChangeBy(actor), created));
            }

            problems.AddRange(rowProblems.Distinct());
        }

        return new CheckedBatch(batch.Count, created, alreadyRegistered, problems, TextRefused: batch.Any(r => r.RefusedCells.Count > 0));
    }

    /// <summary>The domain's registration path, as a single registration takes it; its refusals become problems of the row.</summary>
    private IEnumerable<ImportProblem> Register(ImportRow row, ILookup<string, Municipality> municipalities, ChangeContext change,
        List<Collaboration> created)
    {
        var registration = row.Registration;
        var joinings = new List<Joining>();
        foreach (var participant in registration.Participants)
        {
            var joinedOn = participant.JoinedOn ?? change.Today;
            var records = municipalities[participant.MunicipalityCode].ToList();
            if (records.Count == 0)
            {
                return [new(row.Row, RegisterColumns.Participants, messages.Get("Validation.Municipality.Unknown", ("code", participant.MunicipalityCode)))];
            }

            var record = records.FirstOrDefault(m => m.IsInForceOn(joinedOn)) ?? records.MaxBy(m => m.ValidFrom)!;
            joinings.Add(new Joining(record, joinedOn, participant.Role));
        }

        try
        {
            created.Add(Collaboration.Register(registration.Name, registration.Description, registration.ToDimensions(), joinings,
                registration.Phase!.Value, registration.OperatingSince, change, registration.ToRegisterEntry()));
            return [];
        }
        catch (InvalidRegisterEntryException invalid)
        {
            return invalid.Problems.Select(p => new ImportProblem(row.Row, RegisterColumns.ForField($"register.{p.Field}"), RegisterProblemText.Message(p)));
        }
        catch (DomainRuleViolationException refused)
        {
            var column = refused.Refusal == Refusals.MunicipalityNotInForce || refused.Refusal == Refusals.DuplicateParticipant
                ? RegisterColumns.Participants
                : refused.Refusal == Refusals.CentrumgemeenteAlreadyAssigned ? RegisterColumns.Centrumgemeente
                : RegisterColumns.Name;
            return [new(row.Row, column, refused.Message)];
        }
    }
}
