using Microsoft.Kiota.Abstractions;

namespace Samenwerking.Api.KiotaClientTests.Scenarios;

/// <summary>A municipality grants an adviser rights through the generated client; the adviser changes what it covers and no more.</summary>
public sealed class DelegationScenario(ApiFactory api) : KiotaScenario(api)
{
    private readonly ApiFactory factory = api;

    /// <summary>A person's token: read and write, a subject, no municipality.</summary>
    private HttpClient Adviser(string subject) =>
        factory.ClientWithToken(TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope], subject: subject, name: "Eva Jansen"));

    [Fact]
    public async Task A_delegate_assigns_a_role_is_refused_an_evaluation_schedule_and_sees_why_it_may()
    {
        var subject = $"kiota-adviseur-{Guid.NewGuid():N}";
        var created = await Writer.Collaborations.PostAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Regio Barendrecht"),
            Participants = [new ParticipantInput { MunicipalityCode = "GM0489", Role = ParticipantRole.Deelnemer },
                new ParticipantInput { MunicipalityCode = "GM0613", Role = ParticipantRole.Deelnemer }],
        });
        var today = DateTime.UtcNow.Date;
        var granted = await Writer.Collaborations[created!.Id!.Value].Delegations.PostAsync(new GrantDelegationRequest
        {
            DelegateSubject = subject,
            DelegateName = "Eva Jansen",
            Organisation = "Adviesbureau Noord",
            Changes = [DelegatedChange.Roles],
            ValidFrom = new Date(today.AddDays(-2)),
            ValidUntil = new Date(today.AddDays(30)),
            GrantedBy = "GM0489",
        });
        var adviser = ClientOver(factory, Adviser(subject)).Collaborations[created.Id.Value];

        var role = await adviser.Roles.PostAsync(new AssignRoleRequest { Kind = RoleKind.Projectleider, PersonName = "Eva Jansen", Organisation = "Adviesbureau Noord" });
        var refused = await Assert.ThrowsAsync<NotDelegatedForChangeProblem>(() =>
            adviser.EvaluationSchedule.PutAsync(new UpdateEvaluationScheduleRequest { EvaluationIntervalYears = 2 }));
        var permissions = await ClientOver(factory, Adviser(subject)).Me.Permissions.GetAsync();

        Assert.Equal(DelegationStanding.InForce, granted!.Standing);
        Assert.Equal(RoleKind.Projectleider, role!.Kind);
        Assert.Equal(403, refused.ResponseStatusCode);
        Assert.Equal(DelegatedChange.Evaluations, refused.RequestedChange);
        Assert.Equal([DelegatedChange.Roles], refused.DelegatedChanges!);
        var permission = Assert.Single(permissions!.Items!);
        Assert.Equal((created.Id, PermissionReason.Delegate, "GM0489"), (permission.CollaborationId, permission.Reason, permission.MunicipalityCode));
    }
}
