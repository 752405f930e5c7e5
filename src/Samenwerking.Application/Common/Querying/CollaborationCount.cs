using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Common.Querying;

/// <summary>
/// A read model the database keeps (migration <c>CollaborationCounts</c>): the number of collaborations per phase, legal
/// kind and legal instrument, as rows to add up, kept like <see cref="ParticipationCount"/>. The total of a list
/// filtered on those alone (or on nothing) is the sum of the matching rows, where counting the collaborations would read
/// thousands of index entries for every page.
/// </summary>
public sealed class CollaborationCount
{
    private CollaborationCount()
    {
    }

    public long Id { get; private set; }

    public Phase Phase { get; private set; }

    public LegalKind? LegalKind { get; private set; }

    public LegalInstrument? LegalInstrument { get; private set; }

    public int Collaborations { get; private set; }
}
