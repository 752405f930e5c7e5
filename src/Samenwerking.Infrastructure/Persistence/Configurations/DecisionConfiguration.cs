using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.MunicipalityCode).HasMaxLength(6).IsFixedLength();
        builder.Property(d => d.Body).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reference).HasMaxLength(Decision.MaxReferenceLength);
        builder.Property(d => d.Summary).HasMaxLength(Decision.MaxSummaryLength);
        builder.Property(d => d.RecordedBySubject).HasMaxLength(Actor.MaxLength);
        builder.Ignore(d => d.IsPositive);
    }
}
