using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Tests.Rules;

/// <summary>
/// A refusal reports exactly the facts its catalogue entry declares, with their types: the contract's problem
/// schemas are generated from those declarations, so a refusal thrown with other facts is a programming error.
/// </summary>
public sealed class RefusalFactTests
{
    private static readonly Text Why = new("Because.", "Omdat.");

    [Fact]
    public void A_refusal_with_its_declared_facts_is_thrown()
    {
        var refusal = Refusals.PhaseTransitionNotAllowed.Because(Why, new Dictionary<string, object?>
        {
            ["currentPhase"] = Phase.Verkenning, ["requestedPhase"] = Phase.Implementatie, ["allowedNextPhase"] = Phase.Voorbereiding,
        });

        Assert.Equal(Phase.Voorbereiding, refusal.Extensions["allowedNextPhase"]);
    }

    [Fact]
    public void A_fact_the_entry_does_not_declare_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Refusals.DeletionNotAllowed.Because(Why,
            new Dictionary<string, object?> { ["currentPhase"] = Phase.Voorbereiding, ["reason"] = "x" }));

        Assert.Contains("reason", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_of_another_type_than_declared_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => Refusals.DeletionNotAllowed.Because(Why,
            new Dictionary<string, object?> { ["currentPhase"] = "voorbereiding" }));

    [Fact]
    public void A_fact_every_occurrence_sends_cannot_be_left_out() =>
        Assert.Throws<InvalidOperationException>(() => Refusals.DeletionNotAllowed.Because(Why));

    [Fact]
    public void Null_only_where_declared_nullable()
    {
        var lastPhase = new Dictionary<string, object?>
        {
            ["currentPhase"] = Phase.Doorontwikkeling, ["requestedPhase"] = Phase.Verkenning, ["allowedNextPhase"] = null,
        };
        Refusals.PhaseTransitionNotAllowed.Because(Why, lastPhase);

        Assert.Throws<InvalidOperationException>(() => Refusals.PhaseTransitionNotAllowed.Because(Why,
            new Dictionary<string, object?>(lastPhase) { ["currentPhase"] = null }));
    }

    [Fact]
    public void Facts_a_race_cannot_know_may_be_left_out() =>
        Refusals.DuplicateName.Because(Why);

    [Fact]
    public void Every_prerequisite_names_a_rule_of_the_same_phase() =>
        Assert.All(ExitRules.All, entry => Assert.All(entry.Rule.WaitsFor, code =>
            Assert.Contains(ExitRules.For(entry.Phase), other => other.Code == code)));
}
