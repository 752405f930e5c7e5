using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class DevelopmentActivityConfiguration : IEntityTypeConfiguration<DevelopmentActivity>
{
    public void Configure(EntityTypeBuilder<DevelopmentActivity> builder)
    {
        builder.ToTable("development_activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.CollaborationId, a.HeldOn });
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(DevelopmentActivity.MaxTitleLength);
        builder.Property(a => a.Notes).HasMaxLength(DevelopmentActivity.MaxNotesLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Attendance).HasField("attendance").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(AttendanceConversion.Converter, AttendanceConversion.Comparer).HasColumnType("jsonb");
        builder.Property(a => a.RecordedBySubject).HasMaxLength(Actor.MaxLength);
    }
}
