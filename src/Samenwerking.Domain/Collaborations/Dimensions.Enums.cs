namespace Samenwerking.Domain.Collaborations;

// The values of the six choice dimensions of a collaboration (domain brief, "Collaboration").

public enum TaskType
{
    Beleid = 1,
    Uitvoering = 2,
    Bedrijfsvoering = 3,
}

public enum TaskScope
{
    Een = 1,
    Meerdere = 2,
    Alle = 3,
}

public enum GovernanceLevel
{
    Strategisch = 1,
    Tactisch = 2,
    Operationeel = 3,
}

public enum Novelty
{
    Nieuw = 1,
    Bestaand = 2,
}

public enum Multiplicity
{
    Een = 1,
    Meerdere = 2,
}

public enum Structure
{
    Centraal = 1,
    Decentraal = 2,
}

public enum LegalKind
{
    Publiekrechtelijk = 1,
    Privaatrechtelijk = 2,
}

public enum LegalInstrument
{
    OpenbaarLichaam = 1,
    GemeenschappelijkOrgaan = 2,
    Bedrijfsvoeringsorganisatie = 3,
    Centrumgemeente = 4,
    RegelingZonderMeer = 5,
    Stichting = 6,
    Vereniging = 7,
    Vennootschap = 8,
    Convenant = 9,
}

public enum Initiative
{
    Vrijwillig = 1,
    Verplicht = 2,
}

/// <summary>The part a municipality plays in a collaboration.</summary>
public enum ParticipantRole
{
    Deelnemer = 1,
    Centrumgemeente = 2,
}
