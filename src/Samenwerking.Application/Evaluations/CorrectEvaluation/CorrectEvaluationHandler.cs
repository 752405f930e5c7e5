using FluentValidation.Results;
using FluentValidation;
using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Evaluations.CorrectEvaluation;

public sealed class CorrectEvaluationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<CorrectEvaluationCommand, EvaluationChange>
{
    public async ValueTask<EvaluationChange> Handle(CorrectEvaluationCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.Evaluations, command.ExpectedVersion, versionRequired: true,
            actor, clock, cancellationToken);
        var (evaluation, framework, latestOther) = await db.LoadEvaluationForChangeAsync(command.CollaborationId, command.EvaluationId, cancellationToken);
        var gaps = framework.ScoreSheetGaps(command.Scores.Select(s => s.Criterion).ToList());
        if (gaps.Count > 0)
        {
            throw new ValidationException(gaps.Select(g => new ValidationFailure(g.Field, g.Message)));
        }

        collaboration.CorrectEvaluation(evaluation, framework, command.ToFacts(), latestOther, command.Reason, change);
        await db.SaveChangesAsync(cancellationToken);

        var corrected = (await db.EvaluationsOfAsync(collaboration.Id, cancellationToken)).Single(e => e.Id == evaluation.Id);
        return new EvaluationChange(corrected, collaboration.Version);
    }
}
