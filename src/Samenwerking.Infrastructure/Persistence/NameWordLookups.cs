using Microsoft.EntityFrameworkCore;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// The vocabulary's lookups as database functions (migration <c>NameWordLookups</c>), not as conditions on the
/// table. PostgreSQL cannot estimate a range or pattern whose value it does not know, so the prepared search statement's
/// generic plan counted on 500 words where a term's first word ends one or two; its custom plan always looked cheaper,
/// and the statement was planned again on every search: a third of PostgreSQL's time for it. A function declares the
/// few rows it returns, so the generic plan is chosen and kept.
/// </summary>
internal static class NameWordLookups
{
    public static ModelBuilder HasNameWordLookups(this ModelBuilder modelBuilder)
    {
        modelBuilder.HasDbFunction(typeof(SamenwerkingDbContext).GetMethod(nameof(SamenwerkingDbContext.NameWordsReversedBetween))!)
            .HasName("name_words_reversed_between");
        modelBuilder.HasDbFunction(typeof(SamenwerkingDbContext).GetMethod(nameof(SamenwerkingDbContext.NameWordsLike))!)
            .HasName("name_words_like");
        return modelBuilder;
    }
}
