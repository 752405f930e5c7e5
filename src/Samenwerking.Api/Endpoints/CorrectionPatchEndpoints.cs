using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Decisions;
using Samenwerking.Api.Requests.DevelopmentActivities;
using Samenwerking.Api.Requests.Evaluations;
using Samenwerking.Api.Requests.Roles;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Application.Decisions;
using Samenwerking.Application.Decisions.GetDecision;
using Samenwerking.Application.DevelopmentActivities;
using Samenwerking.Application.DevelopmentActivities.GetDevelopmentActivity;
using Samenwerking.Application.Evaluations;
using Samenwerking.Application.Evaluations.GetEvaluation;
using Samenwerking.Application.Evaluations.RecordEvaluation;
using Samenwerking.Application.Roles;
using Samenwerking.Application.Roles.ListRoles;
using Samenwerking.Domain.Delegations;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// <c>PATCH</c> of a decision, an evaluation, a development activity or a role: a correction sent as a JSON Merge Patch, which
/// becomes the PUT it describes (<see cref="CorrectionMergePatches"/>): the same command, validator, rules and If-Match.
/// </summary>
public static class CorrectionPatchEndpoints
{
    public static void MapDecisionPatch(this RouteGroupBuilder decisions) =>
        decisions.MapPatch("/{decisionId}", PatchDecision).WithName("patchDecision")
            .DescribesMergePatch<DecisionMergePatch, DecisionDto>(RequestBodyExamples.PatchDecision)
            .RequireWriteScope(WhoMay.ThatMunicipality);

    public static void MapEvaluationPatch(this RouteGroupBuilder evaluations) =>
        evaluations.MapPatch("/{evaluationId}", PatchEvaluation).WithName("patchEvaluation")
            .DescribesMergePatch<EvaluationMergePatch, EvaluationDto>(RequestBodyExamples.PatchEvaluation)
            .RequireWriteScope(DelegatedChange.Evaluations);

    public static void MapDevelopmentActivityPatch(this RouteGroupBuilder activities) =>
        activities.MapPatch("/{activityId}", PatchDevelopmentActivity).WithName("patchDevelopmentActivity")
            .DescribesMergePatch<DevelopmentActivityMergePatch, DevelopmentActivityDto>(RequestBodyExamples.PatchDevelopmentActivity)
            .RequireWriteScope(DelegatedChange.DevelopmentAndLearning);

    public static void MapRolePatch(this RouteGroupBuilder roles) =>
        roles.MapPatch("/{roleId}", PatchRole).WithName("patchRole")
            .DescribesMergePatch<RoleMergePatch, RoleDto>(RequestBodyExamples.PatchRole)
            .RequireWriteScope(DelegatedChange.Roles);

    /// <summary>Correct some of a role's fields</summary>
    /// <remarks>
    /// Sends only what is corrected, as a JSON Merge Patch (RFC 7396, `Content-Type: application/merge-patch+json`), with an
    /// optional `reason`: a member sent replaces the current value, `null` removes it, a member left out stays as it is. The
    /// outcome is checked exactly like `correctRole` (PUT), so it answers the same 400, 403 and 409 problems; the history
    /// names the roles, never the person. Requires `If-Match` with the collaboration's current `ETag`: without it 428, with a
    /// stale one 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="json"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="roleId">Identifier of the role.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this correction is based on.</param>
    /// <param name="request"></param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The corrected role; `ETag` is the collaboration's new version.</response>
    /// <response code="404">No collaboration has this id, or it has no role with this id.</response>
    private static async Task<IResult> PatchRole(IMediator mediator, IOptions<JsonOptions> json, Guid id, Guid roleId,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (MergePatchRequests.UnsupportedMediaType(request) is { } unsupported)
        {
            return unsupported;
        }

        var current = (await mediator.Send(new ListRolesQuery(id), cancellationToken)).FirstOrDefault(r => r.Id == roleId)
                      ?? throw new NotFoundException("Role", roleId.ToString());
        var replacement = await CorrectionMergePatches.ReplacementAsync(new CorrectRoleRequest
        {
            Kind = current.Kind, PersonName = current.PersonName, Organisation = current.Organisation, Email = current.Email,
            WorkingGroup = current.WorkingGroup,
        }, request, json.Value.SerializerOptions, cancellationToken);
        var corrected = await mediator.Send(replacement.ToCommand(id, roleId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(corrected.CollaborationVersion);
        return TypedResults.Ok(corrected.Role);
    }

    /// <summary>Correct some of a decision's fields</summary>
    /// <remarks>
    /// Sends only what is corrected, as a JSON Merge Patch (RFC 7396, `Content-Type: application/merge-patch+json`), with an
    /// optional `reason`: a member sent replaces the current value, `null` removes it, a member left out stays as it is. The
    /// outcome is checked exactly like `correctDecision` (PUT), so it answers the same 400, 403 and 409 problems. Requires
    /// `If-Match` with the collaboration's current `ETag`: without it 428, with a stale one 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="json"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="decisionId">Identifier of the decision.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this correction is based on.</param>
    /// <param name="request"></param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The corrected decision; `ETag` is the collaboration's new version.</response>
    private static async Task<IResult> PatchDecision(IMediator mediator, IOptions<JsonOptions> json, Guid id, Guid decisionId,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (MergePatchRequests.UnsupportedMediaType(request) is { } unsupported)
        {
            return unsupported;
        }

        var current = await mediator.Send(new GetDecisionQuery(id, decisionId), cancellationToken);
        var replacement = await CorrectionMergePatches.ReplacementAsync(new CorrectDecisionRequest
        {
            Body = current.Body, Kind = current.Kind, DecidedOn = current.DecidedOn, Outcome = current.Outcome, Reference = current.Reference,
            Summary = current.Summary,
        }, request, json.Value.SerializerOptions, cancellationToken);
        var corrected = await mediator.Send(replacement.ToCommand(id, decisionId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(corrected.CollaborationVersion);
        return TypedResults.Ok(corrected.Decision);
    }

    /// <summary>Correct some of an evaluation's fields</summary>
    /// <remarks>
    /// Sends only what is corrected, as a JSON Merge Patch (RFC 7396, `Content-Type: application/merge-patch+json`), with an
    /// optional `reason`: a member sent replaces the current value, `null` removes it, a member left out stays as it is;
    /// `scores` and `recommendations` are replaced whole. The outcome is checked exactly like `correctEvaluation` (PUT), so it
    /// answers the same 400, 403 and 409 problems. Requires `If-Match` with the collaboration's current `ETag`: without it
    /// 428, with a stale one 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="json"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="evaluationId">Identifier of the evaluation.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this correction is based on.</param>
    /// <param name="request"></param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The corrected evaluation; `ETag` is the collaboration's new version.</response>
    private static async Task<IResult> PatchEvaluation(IMediator mediator, IOptions<JsonOptions> json, Guid id, Guid evaluationId,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (MergePatchRequests.UnsupportedMediaType(request) is { } unsupported)
        {
            return unsupported;
        }

        var current = await mediator.Send(new GetEvaluationQuery(id, evaluationId), cancellationToken);
        var replacement = await CorrectionMergePatches.ReplacementAsync(new CorrectEvaluationRequest
        {
            EvaluatedOn = current.EvaluatedOn, Kind = current.Kind, Evaluator = current.Evaluator,
            Scores = [.. current.Scores.Select(s => new CriterionScoreInput(s.Criterion, s.Score, s.NietBeoordeeld, s.Reason, s.Explanation))],
            Findings = current.Findings,
            Recommendations = [.. current.Recommendations.Select(r => new RecommendationInput(r.Text, r.Owner))],
        }, request, json.Value.SerializerOptions, cancellationToken);
        var corrected = await mediator.Send(replacement.ToCommand(id, evaluationId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(corrected.CollaborationVersion);
        return TypedResults.Ok(corrected.Evaluation);
    }

    /// <summary>Correct some of a development activity's fields</summary>
    /// <remarks>
    /// Sends only what is corrected, as a JSON Merge Patch (RFC 7396, `Content-Type: application/merge-patch+json`), with an
    /// optional `reason`: a member sent replaces the current value, `null` removes it, a member left out stays as it is;
    /// `attendance` is replaced whole. The outcome is checked exactly like `correctDevelopmentActivity` (PUT), so it answers
    /// the same 400, 403 and 409 problems. Requires `If-Match` with the collaboration's current `ETag`: without it 428, with
    /// a stale one 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="json"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <param name="activityId">Identifier of the activity.</param>
    /// <param name="ifMatch">The `ETag` of the collaboration this correction is based on.</param>
    /// <param name="request"></param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The corrected activity; `ETag` is the collaboration's new version.</response>
    private static async Task<IResult> PatchDevelopmentActivity(IMediator mediator, IOptions<JsonOptions> json, Guid id, Guid activityId,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (MergePatchRequests.UnsupportedMediaType(request) is { } unsupported)
        {
            return unsupported;
        }

        var current = await mediator.Send(new GetDevelopmentActivityQuery(id, activityId), cancellationToken);
        var replacement = await CorrectionMergePatches.ReplacementAsync(new CorrectDevelopmentActivityRequest
        {
            Kind = current.Kind, Title = current.Title, HeldOn = current.HeldOn, AttendeeCount = current.AttendeeCount, Status = current.Status,
            Attendance = [.. current.Attendance.Select(a => new MunicipalAttendanceInput { MunicipalityCode = a.MunicipalityCode, AttendeeCount = a.AttendeeCount })],
            Notes = current.Notes,
        }, request, json.Value.SerializerOptions, cancellationToken);
        var corrected = await mediator.Send(replacement.ToCommand(id, activityId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken);
        response.SetETag(corrected.CollaborationVersion);
        return TypedResults.Ok(corrected.Activity);
    }
}
