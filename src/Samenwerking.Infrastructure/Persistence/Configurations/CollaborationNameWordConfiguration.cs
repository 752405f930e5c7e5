using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

/// <summary>
/// Filled by the triggers of migration <c>NameWords</c>, read by the name search. Words are in collation "C" so a range
/// of them is a range of code points, the same for every database whatever its own collation; the name beside them has
/// the collaborations' collation, since the search sorts by it.
/// </summary>
internal sealed class CollaborationNameWordConfiguration : IEntityTypeConfiguration<CollaborationNameWord>
{
    public void Configure(EntityTypeBuilder<CollaborationNameWord> builder)
    {
        builder.ToTable("collaboration_name_words");
        builder.HasKey(w => new { w.CollaborationId, w.Word, w.NextWord });
        builder.Property(w => w.Word).UseCollation("C");
        builder.Property(w => w.NextWord).UseCollation("C");
        builder.Property(w => w.NameForSearch).HasMaxLength(Collaboration.MaxNameLength).UseCollation(CollaborationConfiguration.NameOrder);
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(w => w.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        // A word and the start of the next one seek one range; the name and id beside them answer the rest of the
        // search without reading the collaborations.
        builder.HasIndex(w => new { w.Word, w.NextWord }).IncludeProperties(w => new { w.NameForSearch, w.CollaborationId });
    }
}
