using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class PhaseTransitionConfiguration : IEntityTypeConfiguration<PhaseTransition>
{
    public void Configure(EntityTypeBuilder<PhaseTransition> builder)
    {
        builder.ToTable("phase_transitions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Rationale).HasMaxLength(PhaseTransition.MaxRationaleLength);
        builder.Property(t => t.RecordedBySubject).HasMaxLength(Actor.MaxLength);
        builder.Property(t => t.RecordedByName).HasMaxLength(Actor.MaxLength);
    }
}
