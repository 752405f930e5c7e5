using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>Public or private law, and the instrument once chosen; the instrument must belong to the kind.</summary>
/// <param name="Kind">Publiekrechtelijk or privaatrechtelijk.</param>
/// <param name="Instrument">The concrete legal instrument, if chosen.</param>
public sealed record LegalFormInput(LegalKind Kind, LegalInstrument? Instrument = null);
