using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.History;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable("history_entries");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.Summary).HasMaxLength(HistoryEntry.MaxSummaryLength);
        builder.Property(h => h.ActorSubject).HasMaxLength(Actor.MaxLength);
        builder.Property(h => h.ActorName).HasMaxLength(Actor.MaxLength);
        builder.HasIndex("CollaborationId", nameof(HistoryEntry.OccurredAt));
        builder.Property(h => h.MunicipalityCode).HasMaxLength(6).IsFixedLength();
    }
}
