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
/// Checks every row the way a single registration is checked (the same validator, then the domain's
/// <see cref="Collaboration.Register"/>), collects every problem, and saves all new collaborations with one
/// SaveChanges, which is one transaction. Identity is the name (unique regardless of case and accents):
/// a row whose name is already registered is left alone, so importing the same file twice creates nothing twice.
/// </summary>
public sealed class ImportRegisterHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor,
    IValidator<CreateCollaborationCommand> registrationValidator, IStringLocalizer<Messages> messages) : ICommandHandler<ImportRegisterCommand, ImportReportDto>
{
    public async ValueTask<ImportReportDto> Handle(ImportRegisterCommand command, CancellationToken cancellationToken)
    {
        var keys = command.Rows.Select(r => SearchText.Normalize(r.Registration.Name.Trim())).Distinct().ToList();
        var registered = (await db.Collaborations.Where(c => keys.Contains(c.NameForSearch)).Select(c => c.NameForSearch)
            .ToListAsync(cancellationToken)).ToHashSet();
        var codes = command.Rows.SelectMany(r => r.Registration.Participants.Select(p => p.MunicipalityCode)).Distinct().ToList();
        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync(cancellationToken))
            .ToLookup(m => m.Code);

        // Authorization first, as for a single registration: every row is a regeling the user's municipality takes part in
        // (an administrator may import any). One refused row refuses the import; the history names the capacity per row.
        var user = actor.AsActingUser();
        // A row without participants is refused by the validator below, so it needs no capacity.
        var capacities = command.Rows.Where(r => r.Registration.Participants.Count > 0).ToDictionary(r => r.Row,
            r => Permissions.ToCreate(r.Registration.Participants.Select(p => p.MunicipalityCode).ToList(), user));
        var changes = new Dictionary<ActingCapacity, ChangeContext>();
        foreach (var capacity in capacities.Values.Distinct())
        {
            changes[capacity] = await db.ChangeInCapacityAsync(capacity, actor, clock, cancellationToken);
        }

        var problems = new List<ImportProblem>();
        var created = new List<Collaboration>();
        var firstRowByName = new Dictionary<string, int>();
        var alreadyRegistered = 0;
        foreach (var row in command.Rows)
        {
            var rowProblems = new List<ImportProblem>(row.ReadProblems);
            var unreadable = row.ReadProblems.Select(p => p.Column).ToHashSet();
            var registration = row.Registration;
            if (registration.Phase is not (Phase.Implementatie or Phase.Doorontwikkeling) && !unreadable.Contains(RegisterColumns.Phase))
            {
                rowProblems.Add(new(row.Row, RegisterColumns.Phase, messages.Get("Import.PhaseNotRegistrable")));
            }

            var validation = await registrationValidator.ValidateAsync(registration, cancellationToken);
            rowProblems.AddRange(validation.Errors
                .Select(e => new ImportProblem(row.Row, RegisterColumns.ForField(e.PropertyName), e.ErrorMessage))
                .Where(p => !unreadable.Contains(p.Column)));

            var key = SearchText.Normalize(registration.Name.Trim());
            if (key.Length > 0 && !firstRowByName.TryAdd(key, row.Row))
            {
                rowProblems.Add(new(row.Row, RegisterColumns.Name, messages.Get("Import.NameRepeated", ("row", firstRowByName[key]))));
            }

            if (rowProblems.Count == 0 && registered.Contains(key))
            {
                alreadyRegistered++;
                continue;
            }

            if (rowProblems.Count == 0)
            {
                rowProblems.AddRange(Register(row, municipalities,
                    capacities.TryGetValue(row.Row, out var capacity) ? changes[capacity] : clock.ChangeBy(actor), created));
            }

            problems.AddRange(rowProblems.Distinct());
        }

        if (problems.Count == 0 && !command.DryRun)
        {
            db.Collaborations.AddRange(created);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (problems.Count > 0 && !command.DryRun)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure($"rows[{p.Row}].{p.Column}", p.Problem)));
        }

        return new ImportReportDto(command.DryRun, command.Rows.Count, created.Count, alreadyRegistered, problems);
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
