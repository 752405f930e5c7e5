namespace Samenwerking.Application.Common.Querying;

/// <summary>
/// A read model the database keeps (migration <c>NameWords</c>): each word of a collaboration's searchable name with the
/// word that follows it (empty after the last), and the whole name beside them. A name search looks up its term's
/// first two words here (or its one word, among the words that contain it) and checks the whole term against the name
/// in the same index entry, so a search alone reads only the collaborations it returns. Words are split as
/// <c>SearchText.Words</c> splits them.
/// </summary>
public sealed class CollaborationNameWord
{
    private CollaborationNameWord()
    {
    }

    public Guid CollaborationId { get; private set; }

    public string Word { get; private set; } = "";

    public string NextWord { get; private set; } = "";

    public string NameForSearch { get; private set; } = "";
}
