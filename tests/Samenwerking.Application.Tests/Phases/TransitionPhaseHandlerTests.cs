using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Phases.TransitionPhase;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Application.Tests.Phases;

public sealed class TransitionPhaseHandlerTests(HandlerDatabase database) : HandlerTest(database)
{
    // A transition must name the version it is based on; these tests are about exit rules, so any version will do (If-Match: *).
    private Task<PhaseTransitionResult> TransitionAsync(Guid id, Phase to) =>
        Database.WithContextAsync(db => new TransitionPhaseHandler(db, Clock, TestUser.Administrator).Handle(
            new TransitionPhaseCommand { CollaborationId = id, ExpectedVersion = VersionCondition.Any, To = to, Rationale = "Verkenning afgerond." },
            Cancellation));

    private Task<(Phase Phase, int Transitions)> StoredPhaseAsync(Guid id) =>
        Database.WithContextAsync(db => db.Collaborations.Where(c => c.Id == id)
            .Select(c => new ValueTuple<Phase, int>(c.Phase, c.Transitions.Count)).SingleAsync(Cancellation));

    [Fact]
    public async Task Leaving_verkenning_before_its_exit_rules_hold_is_refused_naming_each_unmet_rule_and_nothing_is_saved()
    {
        var exploring = await CreateAsync(Commands.Exploring("Verkenning zonder keuzes"));

        var refusal = await Assert.ThrowsAsync<DomainRuleViolationException>(() => TransitionAsync(exploring.Id, Phase.Voorbereiding));

        Assert.Equal(Refusals.ExitRulesNotMet, refusal.Refusal);
        Assert.Equal(Phase.Verkenning, refusal.Extensions["currentPhase"]);
        var unmet = Assert.IsAssignableFrom<IEnumerable<RuleCheck>>(refusal.Extensions["unmetRules"]);
        Assert.Equal(["task-types-chosen", "task-scope-chosen", "initiative-recorded"], unmet.Select(rule => rule.Code));
        Assert.Equal((Phase.Verkenning, 0), await StoredPhaseAsync(exploring.Id));
    }

    [Fact]
    public async Task Once_the_exit_rules_hold_the_collaboration_moves_to_voorbereiding_and_the_transition_is_saved()
    {
        var ready = await CreateAsync(Commands.ReadyToLeaveVerkenning("Verkenning afgerond"));

        var result = await TransitionAsync(ready.Id, Phase.Voorbereiding);

        Assert.Equal(Phase.Voorbereiding, result.Transition.To);
        Assert.Equal((Phase.Voorbereiding, 1), await StoredPhaseAsync(ready.Id));
    }

    [Fact]
    public async Task Skipping_a_phase_is_refused_even_when_the_current_phase_could_end()
    {
        var ready = await CreateAsync(Commands.ReadyToLeaveVerkenning("Fase overslaan"));

        var refusal = await Assert.ThrowsAsync<DomainRuleViolationException>(() => TransitionAsync(ready.Id, Phase.Implementatie));

        Assert.Equal(Refusals.PhaseTransitionNotAllowed, refusal.Refusal);
        Assert.Equal((Phase.Verkenning, 0), await StoredPhaseAsync(ready.Id));
    }
}
