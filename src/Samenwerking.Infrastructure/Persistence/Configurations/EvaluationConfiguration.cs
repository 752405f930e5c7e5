using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("evaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.CollaborationId, e.EvaluatedOn });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Evaluator).HasMaxLength(EvaluationFacts.MaxEvaluatorLength);
        builder.Property(e => e.Findings).HasMaxLength(EvaluationFacts.MaxFindingsLength);
        builder.Property(e => e.RecordedBySubject).HasMaxLength(Actor.MaxLength);

        // A framework that scored evaluations stays: they mean nothing without its criteria.
        builder.HasOne<EvaluationFramework>().WithMany().HasForeignKey(e => e.FrameworkId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(e => e.Scores, scores =>
        {
            scores.ToJson("scores");
            scores.Ignore(s => s.NietBeoordeeld);
        });
        builder.Navigation(e => e.Scores).HasField("scores");
        builder.OwnsMany(e => e.Recommendations, recommendations => recommendations.ToJson("recommendations"));
        builder.Navigation(e => e.Recommendations).HasField("recommendations");

        builder.Ignore(e => e.MeanScore);
    }
}
