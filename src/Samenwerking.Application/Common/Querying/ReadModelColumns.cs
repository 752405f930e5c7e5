namespace Samenwerking.Application.Common.Querying;

/// <summary>
/// Columns that exist for reads only: kept by the database, never written by EF, and not part of the domain model.
/// Queries reach them with <c>EF.Property</c>.
/// </summary>
public static class ReadModelColumns
{
    /// <summary>On a participant: its collaboration's folded name, so a municipality's list sorts by name on one index.</summary>
    public const string CollaborationNameForSearch = nameof(CollaborationNameForSearch);

    /// <summary>The shadow foreign key of a participant to its collaboration.</summary>
    public const string CollaborationId = nameof(CollaborationId);
}
