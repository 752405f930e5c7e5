using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Samenwerking.Application.Collaborations.CreateCollaboration;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Application.Events;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.History;
using Samenwerking.Infrastructure.Events;
using static Samenwerking.Application.Tests.Infrastructure.Commands;

namespace Samenwerking.Application.Tests.Collaborations;

/// <summary>
/// A collaboration just started or registered is written by plain inserts, not through EF Core's change tracker. Read
/// back through EF Core, every property its model maps holds what the aggregate held: a property added to the model and
/// not to those inserts fails here.
/// </summary>
public sealed class FoundedCollaborationRowsTests(HandlerDatabase database) : HandlerTest(database)
{
    private static readonly CreateCollaborationCommand EverythingFilledIn = RegisteredInImplementatie("Regeling Alles Ingevuld") with
    {
        Description = "Een regeling met elk gegeven dat een inschrijving kan hebben.",
        Tasks = [new NamedTaskInput("Belastingen", TaskType.Uitvoering), new NamedTaskInput("Inkoop", TaskType.Bedrijfsvoering)],
        TaskTypes = [TaskType.Bedrijfsvoering, TaskType.Uitvoering],
        Phase = Phase.Doorontwikkeling,
        OperatingSince = new DateOnly(2023, 3, 1),
        Register = new RegisterEntryInput
        {
            CitationTitle = "Convenant Alles Ingevuld 2023",
            Purpose = "Samen belastingen heffen en inkopen.",
            InForceSince = new DateOnly(2023, 3, 1),
        },
    };

    [Fact]
    public async Task Every_mapped_property_of_a_registered_collaboration_reads_back_as_the_aggregate_held_it()
    {
        var founded = await Database.WithContextAsync(async Task<Collaboration> (db) =>
        {
            var change = await db.ChangeAsFounderAsync([.. EverythingFilledIn.Participants.Select(p => p.MunicipalityCode)], TestUser.Administrator, Clock, Cancellation);
            var founders = await db.ResolveAsync(EverythingFilledIn.Participants, Clock.Today, "participants", Cancellation);
            var collaboration = Collaboration.Register(EverythingFilledIn.Name, EverythingFilledIn.Description, EverythingFilledIn.ToDimensions(),
                founders, EverythingFilledIn.Phase!.Value, EverythingFilledIn.OperatingSince, change, EverythingFilledIn.ToRegisterEntry());
            await db.SaveFoundedAsync(collaboration, Cancellation);
            return collaboration;
        });

        await Database.WithContextAsync(async Task<bool> (db) =>
        {
            var model = ((DbContext)db).Model;
            var stored = await db.Collaborations.AsNoTracking().Include(c => c.Participants).SingleAsync(c => c.Id == founded.Id, Cancellation);
            AssertSameMappedValues(model.FindEntityType(typeof(Collaboration))!, founded, stored);
            Assert.Equal(founded.Participants.Count, stored.Participants.Count);
            foreach (var participant in founded.Participants)
            {
                AssertSameMappedValues(model.FindEntityType(typeof(Participant))!, participant, stored.Participants.Single(p => p.Id == participant.Id));
            }

            var history = await db.History.AsNoTracking().Where(h => EF.Property<Guid>(h, "CollaborationId") == founded.Id).ToListAsync(Cancellation);
            AssertSameMappedValues(model.FindEntityType(typeof(HistoryEntry))!, founded.NewHistory.Single(), history.Single());

            var changeEvent = await ((DbContext)db).Set<StoredEvent>().AsNoTracking().SingleAsync(e => e.Subject == founded.Id, Cancellation);
            Assert.Equal((EventTypes.Of(HistoryEntryKind.Registered), $"/collaborations/{founded.Id}"), (changeEvent.Type, changeEvent.ResourcePath));
            Assert.Equal(new[] { Barendrecht, Albrandswaard, Ridderkerk }.Order(StringComparer.Ordinal), changeEvent.MunicipalityCodes);
            Assert.Equal((TestUser.Administrator.Actor.Subject, Clock.UtcNow), (changeEvent.ActorSubject, changeEvent.Time));
            Assert.Equal(founded.Id, JsonDocument.Parse(changeEvent.Data).RootElement.GetProperty("collaborationId").GetGuid());
            return true;
        });
    }

    private static void AssertSameMappedValues(IEntityType type, object saved, object readBack)
    {
        foreach (var property in type.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            var (before, after) = (Read(property, saved), Read(property, readBack));
            Assert.True(property.GetValueComparer().Equals(before, after),
                $"{type.ShortName()}.{property.Name}: saved {Show(before)}, read back {Show(after)}");
        }

        foreach (var owned in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            var (before, after) = (Read(owned, saved), Read(owned, readBack));
            Assert.True(((IEnumerable)before!).Cast<object>().SequenceEqual(((IEnumerable)after!).Cast<object>()),
                $"{type.ShortName()}.{owned.Name}: saved {Show(before)}, read back {Show(after)}");
        }
    }

    private static object? Read(IPropertyBase property, object entity) =>
        property.PropertyInfo is { } getter ? getter.GetValue(entity) : property.FieldInfo!.GetValue(entity);

    private static string Show(object? value) => value is IEnumerable list and not string ? $"[{string.Join(", ", list.Cast<object>())}]" : $"{value}";
}
