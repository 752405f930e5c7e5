using Samenwerking.Application.Common.Paging;

namespace Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;

/// <summary>
/// Keyset pagination of a municipality's collaborations, in their only order: the collaboration's name, then the day
/// the municipality joined (a former participation beside a current one), then the participation itself.
/// </summary>
public static class MunicipalityKeyset
{
    private const string Order = "name";

    public static string CursorAfter(string nameForSearch, DateOnly joinedOn, Guid participationId) =>
        new KeysetCursor(Order, [nameForSearch, KeysetCursor.Of(joinedOn), KeysetCursor.Of(participationId)]).Encode();

    /// <summary>The cursor when it is a valid one of this list, else null.</summary>
    public static KeysetCursor? Decode(string? after) =>
        KeysetCursor.IsValid(after, Order, 3, cursor => cursor.DateAt(1) != default && cursor.GuidAt(2) != Guid.Empty)
            ? KeysetCursor.Decode(after, Order, 3)
            : null;
}
