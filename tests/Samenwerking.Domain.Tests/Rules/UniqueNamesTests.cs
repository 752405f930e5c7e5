using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Rules;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Rules;

public sealed class UniqueNamesTests
{
    [Fact]
    public void Names_that_differ_only_in_case_accents_and_surrounding_space_are_the_same_name()
    {
        Assert.Equal(UniqueNames.Key("Régio Zuid"), UniqueNames.Key("  regio zuid "));
        Assert.NotEqual(UniqueNames.Key("Regio Zuid"), UniqueNames.Key("Regio Noord"));
    }

    [Fact]
    public void A_collaboration_stores_its_name_under_the_uniqueness_key()
    {
        var collaboration = Collaboration.Start("  Régio Zuid ", null, Dimensions.Unknown, [Joins(Barendrecht)], ByAdviser);

        Assert.Equal(UniqueNames.Key("regio zuid"), collaboration.NameForSearch);
    }

    [Fact]
    public void The_look_up_and_the_index_refuse_with_the_same_catalogue_entry()
    {
        var existing = Guid.NewGuid();

        var found = UniqueNames.CollaborationNameTaken(existing, "Regio Zuid");
        var raced = UniqueNames.CollaborationNameTakenMeanwhile();

        Assert.Same(Refusals.DuplicateName, found.Refusal);
        Assert.Same(Refusals.DuplicateName, raced.Refusal);
        Assert.Equal(existing, found.Extensions["existingId"]);
        Assert.Same(Refusals.DuplicateFrameworkName, UniqueNames.FrameworkNameTaken(existing, "Kader").Refusal);
        Assert.Same(Refusals.DuplicateFrameworkName, UniqueNames.FrameworkNameTakenMeanwhile().Refusal);
    }
}
