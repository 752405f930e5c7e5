using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Evaluations.RecordEvaluation;

public sealed class RecordEvaluationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<RecordEvaluationCommand, EvaluationChange>
{
    public async ValueTask<EvaluationChange> Handle(RecordEvaluationCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.Evaluations, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);
        var framework = await db.FrameworkNamedInInputAsync(command.FrameworkId, cancellationToken);
        var gaps = framework.ScoreSheetGaps(command.Scores.Select(s => s.Criterion).ToList());
        if (gaps.Count > 0)
        {
            throw new ValidationException(gaps.Select(g => new ValidationFailure(g.Field, g.Message)));
        }

        var evaluation = collaboration.RecordEvaluation(framework, command.ToFacts(), change);
        await db.SaveMarkingFirstUseAsync(framework, cancellationToken);

        var recorded = (await db.EvaluationsOfAsync(collaboration.Id, cancellationToken)).Single(e => e.Id == evaluation.Id);
        return new EvaluationChange(recorded, collaboration.Version);
    }
}
