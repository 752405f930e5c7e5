using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationFrameworkConfiguration : IEntityTypeConfiguration<EvaluationFramework>
{
    public const string UniqueNameIndex = "ux_evaluation_frameworks_name_for_search";

    public void Configure(EntityTypeBuilder<EvaluationFramework> builder)
    {
        builder.ToTable("evaluation_frameworks");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).HasMaxLength(EvaluationFramework.MaxNameLength);
        builder.Property(f => f.NameForSearch).HasMaxLength(EvaluationFramework.MaxNameLength);
        builder.HasIndex(f => f.NameForSearch).IsUnique().HasDatabaseName(UniqueNameIndex);
        builder.Property(f => f.Description).HasMaxLength(EvaluationFramework.MaxDescriptionLength);

        // The criteria are read and replaced as a whole, in order: one JSON document keeps both simple.
        builder.OwnsMany(f => f.Criteria, criteria => criteria.ToJson("criteria"));
        builder.Navigation(f => f.Criteria).HasField("criteria");

        builder.Property(f => f.Version).IsRowVersion().HasColumnName("xmin");
    }
}
