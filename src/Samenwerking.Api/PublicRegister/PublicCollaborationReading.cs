using Mediator;
using Samenwerking.Application.Collaborations.GetCollaboration;
using Samenwerking.Application.Phases.GetPhases;

namespace Samenwerking.Api.PublicRegister;

/// <summary>A collaboration's public record from the Application's own queries, for the JSON read and the page alike.</summary>
public static class PublicCollaborationReading
{
    public static async Task<PublicCollaborationRecord> ReadAsync(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        var collaboration = await mediator.Send(new GetCollaborationQuery(id), cancellationToken);
        var phases = await mediator.Send(new GetPhasesQuery(id), cancellationToken);
        return PublicCollaborationRecord.From(collaboration.Value, phases);
    }
}
