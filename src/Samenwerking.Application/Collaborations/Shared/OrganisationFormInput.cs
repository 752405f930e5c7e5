using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>The three organisation-form choices; leave any of them out while undecided.</summary>
/// <param name="Novelty">A new organisation or an existing one.</param>
/// <param name="Multiplicity">One organisation or several.</param>
/// <param name="Structure">Central or decentral.</param>
public sealed record OrganisationFormInput(Novelty? Novelty = null, Multiplicity? Multiplicity = null, Structure? Structure = null);
