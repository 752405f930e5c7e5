using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Infrastructure.Events;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public const string Table = "webhook_subscriptions";

    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.OwnerSubject).HasMaxLength(Actor.MaxLength);
        builder.Property(s => s.CallbackUrl).HasMaxLength(Subscription.MaxCallbackUrlLength);
        builder.PrimitiveCollection(s => s.EventTypes).HasField("eventTypes");
        builder.Property(s => s.MunicipalityCode).HasMaxLength(6);
        builder.Property(s => s.Secret).HasMaxLength(100);
        builder.Property(s => s.PreviousSecret).HasMaxLength(100);
        // PostgreSQL's system column xmin changes with every row update: the ETag, and the check that an edit and a
        // delivery's outcome never overwrite each other.
        builder.Property(s => s.Version).IsRowVersion().HasColumnName("xmin");
        builder.Ignore(s => s.Position);
        builder.Property(s => s.LastError).HasMaxLength(500);
        builder.HasIndex(s => s.OwnerSubject);
        // What the dispatcher asks for: active subscriptions that are due.
        builder.HasIndex(s => new { s.IsFailing, s.NextAttemptAt });
    }
}
