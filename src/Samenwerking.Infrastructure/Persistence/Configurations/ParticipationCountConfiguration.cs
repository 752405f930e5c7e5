using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Application.Common.Querying;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

/// <summary>Filled by the triggers of migration <c>MunicipalityParticipationCounts</c>, read by the municipality lists.</summary>
internal sealed class ParticipationCountConfiguration : IEntityTypeConfiguration<ParticipationCount>
{
    public const string Table = "municipality_participation_counts";

    public void Configure(EntityTypeBuilder<ParticipationCount> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.MunicipalityCode).HasMaxLength(6).IsFixedLength();
        // A municipality's count is the sum of its few rows, read from the index alone.
        builder.HasIndex(c => c.MunicipalityCode).IncludeProperties(c => new { c.Active, c.Participations });
    }
}
