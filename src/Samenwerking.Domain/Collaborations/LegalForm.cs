namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// Public or private law, with the concrete instrument once it is chosen. Consistent only when the
/// instrument belongs to the kind: an openbaar lichaam is never privaatrechtelijk.
/// </summary>
public sealed record LegalForm(LegalKind Kind, LegalInstrument? Instrument = null)
{
    public bool IsConsistent => Instrument is not { } instrument || KindOf(instrument) == Kind;

    public static LegalKind KindOf(LegalInstrument instrument) => instrument switch
    {
        LegalInstrument.OpenbaarLichaam or LegalInstrument.GemeenschappelijkOrgaan or
            LegalInstrument.Bedrijfsvoeringsorganisatie or LegalInstrument.Centrumgemeente or
            LegalInstrument.RegelingZonderMeer => LegalKind.Publiekrechtelijk,
        LegalInstrument.Stichting or LegalInstrument.Vereniging or LegalInstrument.Vennootschap or
            LegalInstrument.Convenant => LegalKind.Privaatrechtelijk,
        _ => throw new ArgumentOutOfRangeException(nameof(instrument), instrument, "Unknown legal instrument."),
    };
}
