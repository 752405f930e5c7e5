using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Reading;

/// <summary>Lists leave ended collaborations out unless asked (<c>includeEnded</c>).</summary>
public static class EndedCollaborations
{
    /// <summary>The collaborations a default list shows: those that have not ended.</summary>
    public static IQueryable<Collaboration> OngoingUnless(this IQueryable<Collaboration> collaborations, bool includeEnded) =>
        includeEnded ? collaborations : collaborations.Where(Collaboration.Ongoing);
}
