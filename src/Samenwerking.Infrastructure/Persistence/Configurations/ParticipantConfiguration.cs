using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("participants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.MunicipalityCode).HasMaxLength(6).IsFixedLength();
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(Participant.MaxReasonLength);
        builder.HasIndex(p => new { p.MunicipalityCode, p.LeftOn });
        // A busy municipality's list starts from its active participations, not from every collaboration.
        builder.HasIndex("MunicipalityCode", "CollaborationId").HasFilter("left_on IS NULL")
            .HasDatabaseName("ix_participants_active_municipality_collaboration");
        builder.Ignore(p => p.IsActive);
    }
}
