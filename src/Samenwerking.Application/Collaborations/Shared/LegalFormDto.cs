using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>Legal form: kind and, once chosen, instrument.</summary>
public sealed record LegalFormDto(LegalKind Kind, LegalInstrument? Instrument);
