namespace Samenwerking.Application.Common.Querying;

/// <summary>
/// A read model the database keeps (migration <c>NameWords</c>): every word that has been part of a collaboration's
/// searchable name. A search term's first word may be the end of a longer word; this short list says which words end
/// (or, for a term of one word, contain) it, before <see cref="CollaborationNameWord"/> is looked up by them. Words are
/// added, never removed: a word no name has any more finds nothing, so it costs a lookup, never a wrong answer.
/// </summary>
public sealed class NameWord
{
    private NameWord()
    {
    }

    public string Word { get; private set; } = "";
}
