using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>The three organisation-form choices.</summary>
public sealed record OrganisationFormDto(Novelty? Novelty, Multiplicity? Multiplicity, Structure? Structure);
