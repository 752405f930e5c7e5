using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("municipalities");
        builder.HasKey(m => new { m.Code, m.ValidFrom });
        builder.Property(m => m.Code).HasMaxLength(6).IsFixedLength();
        builder.Property(m => m.Name).HasMaxLength(Municipality.MaxNameLength);
        builder.Property(m => m.NameForSearch).HasMaxLength(100);
        builder.Property(m => m.SuccessorCode).HasMaxLength(6).IsFixedLength();
        builder.Property(m => m.ProvinceCode).HasMaxLength(4).IsFixedLength();
        builder.Property(m => m.ProvinceName).HasMaxLength(Municipality.MaxProvinceNameLength);
        builder.HasIndex(m => new { m.ValidFrom, m.ValidTo });
        builder.HasIndex(m => m.NameForSearch);
    }
}
