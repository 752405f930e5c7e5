namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>The orders a collaborations list can be sorted in; a leading '-' sorts descending.</summary>
public static class CollaborationSort
{
    public const string Default = "name";

    public static readonly IReadOnlyList<string> Allowed =
        ["name", "-name", "createdAt", "-createdAt", "updatedAt", "-updatedAt"];
}
