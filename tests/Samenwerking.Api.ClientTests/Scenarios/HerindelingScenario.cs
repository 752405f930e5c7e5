namespace Samenwerking.Api.ClientTests.Scenarios;

/// <summary>
/// An administrator's system before a herindeling: a dry run of Haren and Ten Boer going into Groningen on 1 January
/// 2019, as the shipped reference data records it, and the typed problems of one the reference data does not know.
/// </summary>
public sealed class HerindelingScenario(ApiFactory api) : ClientScenario(api)
{
    private static readonly HerindelingRequest IntoGroningen = new()
    {
        EffectiveOn = new DateOnly(2019, 1, 1),
        EndingMunicipalityCodes = ["GM0017", "GM0009"],
        SuccessorCode = "GM0014",
    };

    [Fact]
    public async Task A_dry_run_lists_what_would_pass_to_the_successor_and_changes_nothing()
    {
        var created = await Administrator.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Centrumregeling Haren"),
            Participants =
            [
                new ParticipantInput { MunicipalityCode = "GM0017", JoinedOn = new DateOnly(2015, 1, 1), Role = ParticipantRole.Centrumgemeente },
                new ParticipantInput { MunicipalityCode = "GM0014", JoinedOn = new DateOnly(2015, 1, 1), Role = ParticipantRole.Deelnemer },
            ],
        });

        var report = (await Administrator.DryRunHerindelingAsync(IntoGroningen)).Result;

        Assert.False(report.Applied);
        Assert.Equal(["GM0009", "GM0017"], report.EndingMunicipalityCodes);
        var collaboration = Assert.Single(report.Collaborations, c => c.CollaborationId == created.Result.Id);
        Assert.Equal(
            [HerindelingChangeKind.ParticipationEnds, HerindelingChangeKind.SuccessorAlreadyTakesPart, HerindelingChangeKind.CentrumgemeentePasses],
            collaboration.Changes.Select(c => c.Kind));
        Assert.All(collaboration.Changes, c => Assert.Equal("GM0014", c.SuccessorCode));
        var participants = (await Reader.ListParticipantsAsync(created.Result.Id)).Result.Items;
        Assert.All(participants, p => Assert.True(p.IsActive));
    }

    [Fact]
    public async Task A_municipality_the_reference_data_does_not_end_is_a_typed_conflict()
    {
        var problem = await ProblemFrom<MunicipalityDoesNotEndProblem>(
            () => Administrator.DryRunHerindelingAsync(new HerindelingRequest
            {
                EffectiveOn = new DateOnly(2019, 1, 1), EndingMunicipalityCodes = ["GM0363"], SuccessorCode = "GM0014",
            }),
            409, ProblemType.Conflict("municipality-does-not-end"));

        Assert.Equal("GM0363", problem.MunicipalityCode);
        Assert.Equal(new DateOnly(2019, 1, 1), problem.EffectiveOn);
    }

    [Fact]
    public async Task Only_an_administrator_may_run_it()
    {
        await ProblemFrom<AdministratorsOnlyProblem>(() => Writer.DryRunHerindelingAsync(IntoGroningen), 403, ProblemType.Refusal("administrators-only"));
    }
}
