using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Participants;
using Samenwerking.Application.Participants.WithdrawParticipant;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Rules;
using static Samenwerking.Application.Tests.Infrastructure.Commands;

namespace Samenwerking.Application.Tests.Participants;

/// <summary>Uittreding: who may record it, from which phase, and on which date.</summary>
public sealed class WithdrawParticipantHandlerTests(HandlerDatabase database) : HandlerTest(database)
{
    private static readonly DateOnly LeavesOn = new(2024, 12, 31);

    private Task<ParticipantChange> WithdrawAsync(Guid id, string municipalityCode, DateOnly leftOn, ICurrentActor? user = null) =>
        Database.WithContextAsync(db => new WithdrawParticipantHandler(db, Clock, user ?? TestUser.Administrator).Handle(
            new WithdrawParticipantCommand { CollaborationId = id, MunicipalityCode = municipalityCode, LeftOn = leftOn, Reason = "Eigen koers." },
            Cancellation));

    private Task<DateOnly?> StoredLeftOnAsync(Guid id, string municipalityCode) =>
        Database.WithContextAsync(db => db.Collaborations.Where(c => c.Id == id)
            .SelectMany(c => c.Participants).Where(p => p.MunicipalityCode == municipalityCode)
            .Select(p => p.LeftOn).SingleAsync(Cancellation));

    [Fact]
    public async Task A_participant_withdraws_in_implementatie_and_the_date_is_saved()
    {
        var operating = await CreateAsync(RegisteredInImplementatie("Uittreding in implementatie"));

        var change = await WithdrawAsync(operating.Id, Albrandswaard, LeavesOn);

        Assert.Equal(LeavesOn, change.Participant.LeftOn);
        Assert.Equal(LeavesOn, await StoredLeftOnAsync(operating.Id, Albrandswaard));
        Assert.Null(await StoredLeftOnAsync(operating.Id, Barendrecht));
    }

    [Fact]
    public async Task In_verkenning_a_participant_is_removed_not_withdrawn()
    {
        var exploring = await CreateAsync(Exploring("Uittreding in verkenning"));

        var refusal = await Assert.ThrowsAsync<DomainRuleViolationException>(() => WithdrawAsync(exploring.Id, Albrandswaard, LeavesOn));

        Assert.Equal(Refusals.WithdrawalNotApplicable, refusal.Refusal);
        Assert.Equal(Phase.Verkenning, refusal.Extensions["currentPhase"]);
        Assert.Null(await StoredLeftOnAsync(exploring.Id, Albrandswaard));
    }

    [Fact]
    public async Task A_participant_cannot_leave_twice_nor_before_it_joined()
    {
        var operating = await CreateAsync(RegisteredInImplementatie("Dubbele uittreding"));
        await WithdrawAsync(operating.Id, Albrandswaard, LeavesOn);

        var twice = await Assert.ThrowsAsync<DomainRuleViolationException>(() => WithdrawAsync(operating.Id, Albrandswaard, LeavesOn));
        var beforeJoining = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            WithdrawAsync(operating.Id, Barendrecht, JoinedOn.AddDays(-1)));

        Assert.Equal(Refusals.ParticipantAlreadyLeft, twice.Refusal);
        Assert.Equal(Refusals.WithdrawalBeforeJoining, beforeJoining.Refusal);
        Assert.Null(await StoredLeftOnAsync(operating.Id, Barendrecht));
    }

    [Fact]
    public async Task Only_a_user_acting_for_the_municipality_records_its_withdrawal()
    {
        var operating = await CreateAsync(RegisteredInImplementatie("Uittreding door een ander"));

        var refusal = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            WithdrawAsync(operating.Id, Albrandswaard, LeavesOn, TestUser.ActingFor(Barendrecht)));
        var own = await WithdrawAsync(operating.Id, Albrandswaard, LeavesOn, TestUser.ActingFor(Albrandswaard));

        Assert.Equal(Refusals.NotYourMunicipality, refusal.Refusal);
        Assert.Equal(Albrandswaard, refusal.Extensions["requiredMunicipality"]);
        Assert.Equal(LeavesOn, own.Participant.LeftOn);
    }

    [Fact]
    public async Task An_operating_collaboration_keeps_two_participants()
    {
        var operating = await CreateAsync(RegisteredInImplementatie("Uittreding tot één"));
        await WithdrawAsync(operating.Id, Ridderkerk, LeavesOn);

        var refusal = await Assert.ThrowsAsync<DomainRuleViolationException>(() => WithdrawAsync(operating.Id, Albrandswaard, LeavesOn));

        Assert.Equal(Refusals.WithdrawalLeavesOneParticipant, refusal.Refusal);
        Assert.Null(await StoredLeftOnAsync(operating.Id, Albrandswaard));
    }
}
