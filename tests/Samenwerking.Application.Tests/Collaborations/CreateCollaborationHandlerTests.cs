using Microsoft.EntityFrameworkCore;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Rules;
using static Samenwerking.Application.Tests.Infrastructure.Commands;

namespace Samenwerking.Application.Tests.Collaborations;

/// <summary>Names are unique regardless of case and accents; the unique index decides, the handler names the holder.</summary>
public sealed class CreateCollaborationHandlerTests(HandlerDatabase database) : HandlerTest(database)
{
    private Task<int> StoredWithNameLikeAsync(string fragment) =>
        Database.WithContextAsync(db => db.Collaborations.CountAsync(c => EF.Functions.ILike(c.Name, $"%{fragment}%"), Cancellation));

    [Fact]
    public async Task A_name_that_differs_only_in_case_and_accents_is_refused_naming_the_collaboration_that_has_it()
    {
        var first = await CreateAsync(Exploring("Sociaal Domein Één"));

        var refusal = await Assert.ThrowsAsync<DomainRuleViolationException>(() => CreateAsync(Exploring("sociaal domein een")));

        Assert.Equal(Refusals.DuplicateName, refusal.Refusal);
        Assert.Equal(first.Id, refusal.Extensions["existingId"]);
        Assert.Equal("Sociaal Domein Één", refusal.Extensions["existingName"]);
        Assert.Equal(1, await StoredWithNameLikeAsync("sociaal domein"));
    }

    [Fact]
    public async Task A_name_that_differs_in_a_letter_is_free()
    {
        await CreateAsync(Exploring("Regio Rivierenland"));

        var second = await CreateAsync(Exploring("Regio Rivierland"));

        Assert.Equal("Regio Rivierland", second.Name);
        Assert.Equal(2, await StoredWithNameLikeAsync("regio rivier"));
    }
}
