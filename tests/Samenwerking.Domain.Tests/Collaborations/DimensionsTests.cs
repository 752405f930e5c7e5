using Samenwerking.Domain.Collaborations;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Collaborations;

public sealed class DimensionsTests
{
    [Theory]
    [InlineData(LegalInstrument.OpenbaarLichaam, LegalKind.Publiekrechtelijk)]
    [InlineData(LegalInstrument.GemeenschappelijkOrgaan, LegalKind.Publiekrechtelijk)]
    [InlineData(LegalInstrument.Bedrijfsvoeringsorganisatie, LegalKind.Publiekrechtelijk)]
    [InlineData(LegalInstrument.Centrumgemeente, LegalKind.Publiekrechtelijk)]
    [InlineData(LegalInstrument.RegelingZonderMeer, LegalKind.Publiekrechtelijk)]
    [InlineData(LegalInstrument.Stichting, LegalKind.Privaatrechtelijk)]
    [InlineData(LegalInstrument.Vereniging, LegalKind.Privaatrechtelijk)]
    [InlineData(LegalInstrument.Vennootschap, LegalKind.Privaatrechtelijk)]
    [InlineData(LegalInstrument.Convenant, LegalKind.Privaatrechtelijk)]
    public void Each_instrument_belongs_to_one_kind(LegalInstrument instrument, LegalKind kind)
    {
        Assert.True(new LegalForm(kind, instrument).IsConsistent);
        var other = kind == LegalKind.Publiekrechtelijk ? LegalKind.Privaatrechtelijk : LegalKind.Publiekrechtelijk;
        Assert.False(new LegalForm(other, instrument).IsConsistent);
    }

    [Fact]
    public void A_kind_without_instrument_is_consistent() =>
        Assert.Empty(new Dimensions { LegalForm = new LegalForm(LegalKind.Privaatrechtelijk) }.Inconsistencies());

    [Fact]
    public void An_instrument_of_the_other_kind_is_reported_on_the_instrument()
    {
        var problem = Assert.Single(new Dimensions { LegalForm = new LegalForm(LegalKind.Privaatrechtelijk, LegalInstrument.OpenbaarLichaam) }.Inconsistencies());
        Assert.Equal("legalForm.instrument", problem.Field);
    }

    [Theory]
    [InlineData(TaskScope.Een, 1, true)]
    [InlineData(TaskScope.Een, 2, false)]
    [InlineData(TaskScope.Meerdere, 1, false)]
    [InlineData(TaskScope.Meerdere, 2, true)]
    [InlineData(TaskScope.Alle, 1, true)]
    [InlineData(TaskScope.Alle, 5, true)]
    [InlineData(TaskScope.Een, 0, true)]
    [InlineData(TaskScope.Meerdere, 0, true)]
    public void Task_scope_agrees_with_the_named_tasks(TaskScope scope, int named, bool consistent)
    {
        var dimensions = new Dimensions
        {
            TaskTypes = new HashSet<TaskType> { TaskType.Uitvoering },
            TaskScope = scope,
            Tasks = Enumerable.Range(1, named).Select(i => new NamedTask($"Taak {i}", TaskType.Uitvoering)).ToList(),
        };

        Assert.Equal(consistent, dimensions.Inconsistencies().Count == 0);
    }

    [Fact]
    public void Named_tasks_must_have_one_of_the_task_types()
    {
        var dimensions = new Dimensions
        {
            TaskTypes = new HashSet<TaskType> { TaskType.Beleid },
            Tasks = [new NamedTask("Beleid", TaskType.Beleid), new NamedTask("ICT", TaskType.Bedrijfsvoering)],
        };

        var problem = Assert.Single(dimensions.Inconsistencies());
        Assert.Equal("tasks[1].type", problem.Field);
    }

    [Fact]
    public void Task_names_are_unique_ignoring_case()
    {
        var dimensions = new Dimensions
        {
            TaskTypes = new HashSet<TaskType> { TaskType.Uitvoering },
            Tasks = [new NamedTask("Belastingen", TaskType.Uitvoering), new NamedTask("belastingen ", TaskType.Uitvoering)],
        };

        Assert.Equal("tasks", Assert.Single(dimensions.Inconsistencies()).Field);
    }

    [Fact]
    public void All_decided_needs_every_dimension_and_an_instrument()
    {
        var decided = AllDecided;

        Assert.True(decided.AreAllDecided);
        Assert.False((decided with { LegalForm = new LegalForm(LegalKind.Publiekrechtelijk) }).AreAllDecided);
        Assert.False((decided with { OrganisationForm = new OrganisationForm(Novelty.Nieuw, Multiplicity.Een) }).AreAllDecided);
        Assert.False((decided with { Initiative = null }).AreAllDecided);
    }
}
