using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Application.Common.Querying;
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
        // The collaboration's folded name, copied by the database (triggers of migration ListsAtScale) and never
        // written by EF: a municipality's list by name then walks an index of its own participations, instead of
        // every collaboration's name checking each for the municipality (issue 13).
        builder.Property<string?>(ReadModelColumns.CollaborationNameForSearch).HasMaxLength(200).UseCollation(CollaborationConfiguration.NameOrder)
            .Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        builder.Property<string?>(ReadModelColumns.CollaborationNameForSearch)
            .Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.HasIndex("MunicipalityCode", ReadModelColumns.CollaborationNameForSearch, "JoinedOn", "Id")
            .IncludeProperties("CollaborationId", "Role")
            .HasFilter("left_on IS NULL")
            .HasDatabaseName("ix_participants_active_municipality_name");
        // The register export lists every collaboration's active participants in joining order: read from this index
        // alone, in its order, instead of from the table and sorted (issue 15). Partial, so it does not replace the
        // foreign key's own index, which loads a collaboration's participants who left as well.
        builder.HasIndex("CollaborationId").HasDatabaseName("ix_participants_collaboration_id");
        builder.HasIndex("CollaborationId", "JoinedOn", "Ordinal").IncludeProperties("MunicipalityCode", "Role")
            .HasFilter("left_on IS NULL")
            .HasDatabaseName("ix_participants_active_joining_order");
        builder.Ignore(p => p.IsActive);
    }
}
