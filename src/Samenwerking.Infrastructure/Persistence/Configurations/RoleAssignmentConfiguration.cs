using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.ToTable("role_assignments");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.PersonName).HasMaxLength(RoleAssignment.MaxNameLength);
        builder.Property(r => r.Organisation).HasMaxLength(RoleAssignment.MaxNameLength);
        builder.Property(r => r.Email).HasMaxLength(RoleAssignment.MaxEmailLength);
        builder.Property(r => r.WorkingGroup).HasMaxLength(RoleAssignment.MaxNameLength);
        builder.Property(r => r.AssignedInPhase).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(r => r.LeadsTheProject);
    }
}
