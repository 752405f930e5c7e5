using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenwerking.Infrastructure.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        // A key belongs to the client that chose it: two clients may pick the same key without meeting.
        builder.HasKey(r => new { r.Subject, r.Key });
        builder.Property(r => r.Subject).HasMaxLength(IdempotencyStore.MaxSubjectLength);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyStore.MaxKeyLength);
        builder.Property(r => r.Location).HasMaxLength(2000);
        builder.Property(r => r.ETag).HasMaxLength(200);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.HasIndex(r => r.ExpiresAt);
    }
}
