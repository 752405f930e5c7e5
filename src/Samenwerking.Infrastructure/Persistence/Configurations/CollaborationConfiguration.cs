using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class CollaborationConfiguration : IEntityTypeConfiguration<Collaboration>
{
    public const string UniqueNameIndex = "ux_collaborations_name_for_search";

    public const string NameTrigramIndex = "ix_collaborations_name_for_search_trigrams";

    /// <summary>
    /// The collation of the folded name and of its copies, which every list sorts by: code point order, "C". The folded
    /// name has no case or accents left, so this is the alphabet's order, and it is the same in every database whatever
    /// collation it was created with; PostgreSQL compares it byte by byte, where a language's collation goes through the
    /// C library for each comparison (about 15% of PostgreSQL's time for a name search, which sorts its matches).
    /// </summary>
    public const string NameOrder = "C";

    public void Configure(EntityTypeBuilder<Collaboration> builder)
    {
        builder.ToTable("collaborations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Collaboration.MaxNameLength);
        builder.Property(c => c.NameForSearch).HasMaxLength(Collaboration.MaxNameLength).UseCollation(NameOrder);
        builder.HasIndex(c => c.NameForSearch).IsUnique().HasDatabaseName(UniqueNameIndex);
        // The name search (q: LIKE '%term%' on the folded name) finds its matches through the name's trigrams.
        builder.HasIndex(c => c.NameForSearch, NameTrigramIndex).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName(NameTrigramIndex);
        // Sorting by createdAt pages through the index instead of sorting every row.
        builder.HasIndex(c => new { c.CreatedAt, c.Id });
        builder.Property(c => c.Description).HasMaxLength(Collaboration.MaxDescriptionLength);

        // Domain values are stored as their names: readable in SQL, and safe when enum numbers change.
        builder.Property(c => c.Phase).HasConversion<string>().HasMaxLength(20);
        // Phase alone, or with the legal instrument (the register's "openbare lichamen in implementatie"): the total is
        // counted from this index alone, and a page by name reads its rows in index order.
        builder.HasIndex(c => new { c.Phase, c.LegalInstrument, c.NameForSearch, c.Id })
            .HasDatabaseName("ix_collaborations_phase_legal_instrument_name");
        builder.PrimitiveCollection(c => c.TaskTypes).HasField("taskTypes").ElementType(e => e.HasConversion<string>())
            .Metadata.SetValueComparer(ListComparers.ReadOnlyListOf<TaskType>());
        builder.Property(c => c.TaskScope).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.GovernanceLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Novelty).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Multiplicity).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Structure).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LegalKind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.LegalKind);
        builder.Property(c => c.LegalInstrument).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Initiative).HasConversion<string>().HasMaxLength(20);

        builder.OwnsMany(c => c.Tasks, tasks =>
        {
            tasks.ToJson("tasks");
            tasks.Property(t => t.Type).HasConversion<string>();
        });
        builder.Navigation(c => c.Tasks).HasField("tasks");

        // Required: a participant or role removed from its collaboration is deleted, not left behind without one
        // (where a municipality's totals still counted it).
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey("CollaborationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Participants).HasField("participants");

        builder.HasMany(c => c.Transitions).WithOne().HasForeignKey("CollaborationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Transitions).HasField("transitions");
        builder.HasMany(c => c.Decisions).WithOne().HasForeignKey("CollaborationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Decisions).HasField("decisions");
        builder.HasMany(c => c.Roles).WithOne().HasForeignKey("CollaborationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Roles).HasField("roles");
        builder.HasMany(c => c.NewHistory).WithOne().HasForeignKey("CollaborationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.NewHistory).HasField("history");

        builder.HasMany(c => c.NewEvaluations).WithOne().HasForeignKey(e => e.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.NewEvaluations).HasField("evaluations");
        builder.HasMany(c => c.NewDevelopmentActivities).WithOne().HasForeignKey(a => a.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.NewDevelopmentActivities).HasField("developmentActivities");
        builder.HasIndex(c => c.NextEvaluationDue);

        builder.Property(c => c.RegisterEntry).HasColumnName("register").HasColumnType("jsonb")
            .HasConversion(RegisterEntryConversion.Converter, RegisterEntryConversion.Comparer).HasDefaultValueSql("'{}'::jsonb");

        builder.Property(c => c.RegisteredInPhase).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.EndReason).HasMaxLength(Collaboration.MaxEndReasonLength);
        // Few collaborations end: lists subtract them from the totals the database keeps, found through this small index.
        // The few ended collaborations, for a municipality's list to leave out by an anti-join; and the ongoing ones' ids,
        // so the default list counts them from an index alone.
        builder.HasIndex(c => c.EndedOn).HasFilter("ended_on IS NOT NULL").HasDatabaseName("ix_collaborations_ended");
        builder.HasIndex(c => c.Id).HasFilter("ended_on IS NULL").HasDatabaseName("ix_collaborations_ongoing");
        builder.Property(c => c.UpdatedAt);
        builder.HasIndex(c => c.UpdatedAt);

        // PostgreSQL's system column xmin changes with every row update: a free, reliable version.
        builder.Property(c => c.Version).IsRowVersion().HasColumnName("xmin");

        builder.Ignore(c => c.Dimensions);
        builder.Ignore(c => c.IsAmbtelijkeFusie);
        builder.Ignore(c => c.ActiveParticipants);
        builder.Ignore(c => c.CurrentPhaseStartedOn);
        builder.Ignore(c => c.IsEnded);
    }
}
