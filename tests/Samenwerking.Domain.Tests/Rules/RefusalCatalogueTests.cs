using System.Text.RegularExpressions;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Tests.Rules;

public sealed partial class RefusalCatalogueTests
{
    // Clients switch on these codes: the list is the contract, so removing or renaming one fails here.
    private static readonly string[] PublishedCodes =
    [
        "administrators-only", "attendance-of-non-participant", "centrumgemeente-already-assigned", "dated-before-operating-since", "dated-in-the-future",
        "decision-body-mismatch", "deletion-not-allowed", "development-activity-not-planned", "development-activity-requires-doorontwikkeling",
        "duplicate-framework-name", "duplicate-name", "duplicate-participant", "effective-date-before-phase-start",
        "evaluation-requires-doorontwikkeling", "exit-rules-not-met", "framework-in-use", "herindeling-not-yet-in-effect", "last-participant",
        "municipality-does-not-end", "municipality-not-in-force", "not-a-participating-municipality", "not-an-active-participant", "not-your-municipality",
        "operating-since-not-editable", "participant-already-left", "participant-removal-not-allowed",
        "phase-transition-not-allowed", "redelivery-past-feed-end", "register-entry-incomplete", "registration-incomplete", "score-sheet-incomplete",
        "subscription-not-failing", "successor-differs", "successor-not-in-force", "withdrawal-before-joining",
        "withdrawal-not-applicable", "collaboration-ended", "correction-breaks-exit-rule", "dissolution-decisions-missing", "dissolution-not-applicable",
        "transition-revert-not-allowed", "withdrawal-leaves-one-participant",
        "not-delegated-for-change", "delegation-ended", "granting-municipality-required",
    ];

    [Fact]
    public void Every_refusal_has_an_English_and_a_different_Dutch_title()
    {
        Assert.All(Refusals.All, refusal =>
        {
            Assert.False(string.IsNullOrWhiteSpace(refusal.EnglishTitle), refusal.Code);
            Assert.False(string.IsNullOrWhiteSpace(refusal.DutchTitle), refusal.Code);
            Assert.NotEqual(refusal.EnglishTitle, refusal.DutchTitle);
        });
    }

    [Fact]
    public void Codes_are_unique_kebab_case_and_make_the_problem_type()
    {
        Assert.Equal(Refusals.All.Count, Refusals.All.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Refusals.All, refusal =>
        {
            Assert.Matches(KebabCase(), refusal.Code);
            Assert.Equal("urn:samenwerking:problem:" + refusal.Code, refusal.ProblemType);
        });
    }

    [Fact]
    public void The_published_codes_stay()
    {
        Assert.Equal(PublishedCodes.Order(StringComparer.Ordinal), Refusals.All.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Who_may_act_is_forbidden_and_everything_else_a_conflict()
    {
        Assert.Equal(["administrators-only", "delegation-ended", "not-a-participating-municipality", "not-delegated-for-change", "not-your-municipality"],
            Refusals.All.Where(r => r.Kind == RefusalKind.Forbidden).Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
