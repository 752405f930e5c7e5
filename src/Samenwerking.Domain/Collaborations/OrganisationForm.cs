namespace Samenwerking.Domain.Collaborations;

/// <summary>The three separate choices of organisation form; each may still be open while exploring.</summary>
public sealed record OrganisationForm(Novelty? Novelty = null, Multiplicity? Multiplicity = null, Structure? Structure = null)
{
    public static readonly OrganisationForm Undecided = new();

    public bool IsDecided => Novelty is not null && Multiplicity is not null && Structure is not null;
}
