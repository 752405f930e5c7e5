using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.ToTable("delegations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        // A delegation goes with its collaboration: deleting one in verkenning leaves no rights behind.
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(d => d.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.DelegateSubject).HasMaxLength(Actor.MaxLength);
        builder.Property(d => d.DelegateName).HasMaxLength(Delegation.MaxTextLength);
        builder.Property(d => d.Organisation).HasMaxLength(Delegation.MaxTextLength);
        builder.Property(d => d.GrantedBy).HasMaxLength(6).IsFixedLength();
        builder.PrimitiveCollection(d => d.Changes).HasField("changes").ElementType(e => e.HasConversion<string>());
        builder.Property(d => d.GrantedByActor).HasMaxLength(Actor.MaxLength);
        builder.Property(d => d.WithdrawnBy).HasMaxLength(Actor.MaxLength);
        builder.Property(d => d.WithdrawalReason).HasMaxLength(Delegation.MaxReasonLength);
        builder.Property(d => d.Version).IsRowVersion().HasColumnName("xmin");
        // Every change by a person asks for their delegations on one collaboration; "what may I do" asks for all of theirs.
        builder.HasIndex(d => new { d.DelegateSubject, d.CollaborationId });
        builder.HasIndex(d => new { d.CollaborationId, d.GrantedAt });
    }
}
