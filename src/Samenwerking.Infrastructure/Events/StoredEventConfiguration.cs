using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Common;
using Samenwerking.Infrastructure.Persistence.Configurations;

namespace Samenwerking.Infrastructure.Events;

internal sealed class StoredEventConfiguration : IEntityTypeConfiguration<StoredEvent>
{
    public const string Table = "change_events";

    public void Configure(EntityTypeBuilder<StoredEvent> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        // xid8 as a number: 64 bits with epoch, so it never wraps around.
        builder.Property(e => e.TransactionId).HasDefaultValueSql("(pg_current_xact_id()::text::bigint)").ValueGeneratedOnAdd();
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.ResourcePath).HasMaxLength(200);
        builder.Property(e => e.ActorSubject).HasMaxLength(Actor.MaxLength);
        builder.Property(e => e.Data).HasColumnType("jsonb");
        builder.HasIndex(e => e.Id).IsUnique();
        // The feed's order and its cursor.
        builder.HasIndex(e => new { e.TransactionId, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.Subject, e.TransactionId, e.Sequence });
        builder.PrimitiveCollection(e => e.MunicipalityCodes).Metadata.SetValueComparer(ListComparers.StringArray);
        builder.HasIndex(e => e.MunicipalityCodes).HasMethod("gin");
    }
}
