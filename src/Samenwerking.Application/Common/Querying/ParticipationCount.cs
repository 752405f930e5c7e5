namespace Samenwerking.Application.Common.Querying;

/// <summary>
/// A read model the database keeps (migration <c>MunicipalityParticipationCounts</c>): a municipality's number of
/// participations, as rows to add up. Every change to a participation appends a row of differences, so writers never
/// wait on one another's count, and now and then the rows of a municipality are folded into one. The sum of a
/// municipality's rows is its count at any moment; EF never writes here.
/// </summary>
public sealed class ParticipationCount
{
    private ParticipationCount()
    {
    }

    public long Id { get; private set; }

    public string MunicipalityCode { get; private set; } = "";

    /// <summary>Participations it has not left.</summary>
    public int Active { get; private set; }

    /// <summary>All its participations, those it left included.</summary>
    public int Participations { get; private set; }
}
