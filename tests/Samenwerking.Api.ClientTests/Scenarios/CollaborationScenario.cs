namespace Samenwerking.Api.ClientTests.Scenarios;

/// <summary>
/// An adviser's system recording a collaboration: create it, let a municipality join, decide the
/// dimensions, find it again, and deal with the conflicts the API reports as typed problems.
/// </summary>
public sealed class CollaborationScenario(ApiFactory api) : ClientScenario(api)
{
    [Fact]
    public async Task Create_join_decide_the_dimensions_and_find_it_again()
    {
        var name = UniqueName("Werkorganisatie Druten-Wijchen");
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = name,
            Participants = [new ParticipantInput { MunicipalityCode = "GM0225", JoinedOn = new DateOnly(2017, 1, 1), Role = ParticipantRole.Deelnemer }],
        });

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(Phase.Verkenning, created.Result.Phase);
        Assert.EndsWith($"/api/v1/collaborations/{created.Result.Id}", HeaderOf(created, "Location"), StringComparison.Ordinal);
        var id = created.Result.Id;

        var joined = await Writer.AddParticipantAsync(id,
            new AddParticipantRequest { MunicipalityCode = "GM0296", JoinedOn = new DateOnly(2017, 1, 1), Role = ParticipantRole.Deelnemer },
            if_Match: ETagOf(created));
        Assert.Equal("Wijchen", joined.Result.MunicipalityName);

        var decided = await Writer.UpdateCollaborationAsync(id, ETagOf(joined), new UpdateCollaborationRequest
        {
            Name = name,
            TaskTypes = [TaskType.Beleid, TaskType.Uitvoering, TaskType.Bedrijfsvoering],
            TaskScope = TaskScope.Alle,
            GovernanceLevel = GovernanceLevel.Operationeel,
            OrganisationForm = new OrganisationFormInput { Novelty = Novelty.Nieuw, Multiplicity = Multiplicity.Een, Structure = Structure.Centraal },
            LegalForm = new LegalFormInput { Kind = LegalKind.Publiekrechtelijk, Instrument = LegalInstrument.Bedrijfsvoeringsorganisatie },
            Initiative = Initiative.Vrijwillig,
        });
        // Alle taken in one new, central organisation: the API derives the ambtelijke fusie.
        Assert.True(decided.Result.IsAmbtelijkeFusie);
        Assert.Equal(TaskScope.Alle, decided.Result.TaskScope);

        var read = await Reader.GetCollaborationAsync(id);
        Assert.Equal(ETagOf(decided), ETagOf(read));
        Assert.Equal(LegalInstrument.Bedrijfsvoeringsorganisatie, read.Result.LegalForm!.Instrument);

        // Filters are optional parameters: a new filter in the contract does not break this call.
        var found = await Reader.ListCollaborationsAsync(phase: Phase.Verkenning, municipality: "GM0296",
            legalKind: LegalKind.Publiekrechtelijk, taskType: TaskType.Bedrijfsvoering, isAmbtelijkeFusie: true, q: name);
        Assert.Equal(id, Assert.Single(found.Result.Items).Id);

        // Every list is an object with items; participants come in the order they joined.
        var participants = (await Reader.ListParticipantsAsync(id)).Result.Items;
        Assert.Equal(["GM0225", "GM0296"], participants.Select(p => p.MunicipalityCode));
        // A timeline entry says what it is about and where to GET it.
        var joinedEntry = Assert.Single((await Reader.ListHistoryAsync(id)).Result.Items, e => e.Kind == HistoryEntryKind.ParticipantJoined);
        Assert.Equal("GM0296", joinedEntry.MunicipalityCode);
        Assert.Equal($"/api/v1/collaborations/{id}/participants", joinedEntry.Href);
    }

    [Fact]
    public async Task Undecided_dimensions_arrive_as_null()
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Verkenning"),
            Participants = [new ParticipantInput { MunicipalityCode = "GM0489", Role = ParticipantRole.Deelnemer }],
        });

        Assert.Null(created.Result.TaskScope);
        Assert.Null(created.Result.LegalForm);
        Assert.Null(created.Result.Initiative);
    }

    [Fact]
    public async Task A_change_based_on_an_old_version_is_a_typed_412_problem()
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Dienst Dommelvallei"),
            Participants = [new ParticipantInput { MunicipalityCode = "GM1771", Role = ParticipantRole.Deelnemer }],
        });
        var first = new UpdateCollaborationRequest { Name = created.Result.Name, Description = "First editor" };
        await Writer.UpdateCollaborationAsync(created.Result.Id, ETagOf(created), first);

        var second = new UpdateCollaborationRequest { Name = created.Result.Name, Description = "Second editor, still on the old version" };
        var problem = await ProblemFrom<ProblemDetails>(
            () => Writer.UpdateCollaborationAsync(created.Result.Id, ETagOf(created), second), 412, ProblemType.PreconditionFailed);

        Assert.Contains("GET it again", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_by_a_municipality_that_takes_no_part_is_a_typed_403_problem()
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Dienst Dommelvallei"),
            Participants = [new ParticipantInput { MunicipalityCode = "GM1771", Role = ParticipantRole.Deelnemer }],
        });

        var rename = new UpdateCollaborationRequest { Name = UniqueName("Overgenomen"), Description = "Not ours to change" };
        var problem = await ProblemFrom<NotParticipatingMunicipalityProblem>(
            () => Outsider.UpdateCollaborationAsync(created.Result.Id, ETagOf(created), rename),
            403, ProblemType.Conflict("not-a-participating-municipality"));

        // The 403 is typed: who may make the change is data, and its `type` chose the class (ProblemFrom reads the body
        // as the base, ForbiddenProblem, and the generated inheritance converter picked the subclass).
        Assert.Equal(["GM1771"], problem.RequiredMunicipalities);
        Assert.Equal(["GM0363"], problem.YourMunicipalities);
        Assert.Contains("GM1771", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_is_taken_is_a_typed_409_problem()
    {
        var request = new CreateCollaborationRequest
        {
            Name = UniqueName("Ferm Werk"),
            Participants = [new ParticipantInput { MunicipalityCode = "GM0632", Role = ParticipantRole.Deelnemer }],
        };
        await Writer.CreateCollaborationAsync(request);

        var problem = await ProblemFrom<DuplicateNameProblem>(() => Writer.CreateCollaborationAsync(request), 409, ProblemType.Conflict("duplicate-name"));

        Assert.Equal(request.Name, problem.ExistingName);
    }

    [Fact]
    public async Task Invalid_input_names_every_field_as_the_client_sent_it()
    {
        var request = new CreateCollaborationRequest
        {
            Name = "",
            Participants = [new ParticipantInput { MunicipalityCode = "0489", Role = ParticipantRole.Deelnemer }],
        };

        var problem = await ProblemFrom<ValidationProblemDetails>(() => Writer.CreateCollaborationAsync(request), 400, ProblemType.InvalidInput);

        Assert.Contains("name", problem.Errors.Keys);
        Assert.Contains("participants[0].municipalityCode", problem.Errors.Keys);
    }
}
