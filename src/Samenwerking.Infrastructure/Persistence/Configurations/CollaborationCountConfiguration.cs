using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Application.Common.Querying;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

/// <summary>
/// Filled by the triggers of migration <c>CollaborationCounts</c>, read for the totals of lists; its columns are stored as
/// the collaborations' own, so the triggers copy them as they are. A few rows per combination: no index needed.
/// </summary>
internal sealed class CollaborationCountConfiguration : IEntityTypeConfiguration<CollaborationCount>
{
    public void Configure(EntityTypeBuilder<CollaborationCount> builder)
    {
        builder.ToTable("collaboration_counts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LegalKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LegalInstrument).HasConversion<string>().HasMaxLength(40);
    }
}
