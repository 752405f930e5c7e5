using Samenwerking.Domain.Decisions;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The formal decisions of the Wgr procedure (domain brief, "Formal decisions").</summary>
internal static class DecisionVocabularies
{
    public static readonly Vocabulary<DecisionBody> DecisionBodies = Of("Bestuursorgaan",
        "The body of a municipality, or of the collaboration, that takes a decision.",
        (DecisionBody.Raad, "Gemeenteraad", "The municipal council: gives its zienswijze, toestemming or wensen en bedenkingen."),
        (DecisionBody.College, "College van B en W", "The college of mayor and aldermen: makes the regeling and decides to take part."),
        (DecisionBody.Burgemeester, "Burgemeester", "The mayor, for tasks that are the mayor's own."),
        (DecisionBody.AlgemeenBestuur, "Algemeen bestuur", "The general board of the collaboration's own legal entity."));

    public static readonly Vocabulary<DecisionKind> DecisionKinds = Of("Soort besluit",
        "The formal decisions of the Wgr procedure (art. 1), to enter and to dissolve, and of private-law forms.",
        (DecisionKind.Zienswijze, "Zienswijze", "The raad's view on the draft regeling, given within 8 weeks."),
        (DecisionKind.Toestemming, "Toestemming", "The raad's consent, without which the college may not make the regeling."),
        (DecisionKind.WensenEnBedenkingen, "Wensen en bedenkingen", "The raad's wishes and objections before the college decides on a private-law form."),
        (DecisionKind.BesluitTotDeelname, "Besluit tot deelname", "The college's decision to enter, change, join or leave the collaboration."),
        (DecisionKind.ToestemmingTotOpheffing, "Toestemming tot opheffing", "The raad's consent to dissolve a public-law regeling."),
        (DecisionKind.BesluitTotOpheffing, "Besluit tot opheffing", "The college's decision to dissolve a public-law regeling, after the raad's toestemming."));

    public static readonly Vocabulary<DecisionOutcome> DecisionOutcomes = Of("Uitkomst",
        "Whether a decision was in favour of the collaboration.",
        (DecisionOutcome.Positief, "Positief", "In favour: the step may go ahead."),
        (DecisionOutcome.Negatief, "Negatief", "Against: consent refused or participation declined."));
}
