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
        builder.Property(s => s.LastError).HasMaxLength(500);
        builder.HasIndex(s => s.OwnerSubject);
        // What the dispatcher asks for: active subscriptions that are due.
        builder.HasIndex(s => new { s.IsFailing, s.NextAttemptAt });
    }
}
