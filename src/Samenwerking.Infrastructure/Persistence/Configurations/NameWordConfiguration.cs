using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Application.Common.Querying;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

/// <summary>
/// Filled by the triggers of migration <c>NameWords</c>. The words that contain a term are found by trigrams, those that
/// end in one by the index on <c>reverse(word)</c> the migration adds (EF cannot declare an index on an expression).
/// </summary>
internal sealed class NameWordConfiguration : IEntityTypeConfiguration<NameWord>
{
    public void Configure(EntityTypeBuilder<NameWord> builder)
    {
        builder.ToTable("name_words");
        builder.HasKey(w => w.Word);
        builder.Property(w => w.Word).UseCollation("C");
        builder.HasIndex([nameof(NameWord.Word)], "ix_name_words_word_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
