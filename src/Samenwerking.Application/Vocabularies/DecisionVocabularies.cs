using Samenwerking.Domain.Decisions;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The formal decisions of the Wgr procedure (domain brief, "Formal decisions").</summary>
internal static class DecisionVocabularies
{
    public static Vocabulary<DecisionBody> DecisionBodies => Of("Bestuursorgaan",
        (DecisionBody.Raad, "Gemeenteraad"),
        (DecisionBody.College, "College van B en W"),
        (DecisionBody.Burgemeester, "Burgemeester"),
        (DecisionBody.AlgemeenBestuur, "Algemeen bestuur"));

    public static Vocabulary<DecisionKind> DecisionKinds => Of("Soort besluit",
        (DecisionKind.Zienswijze, "Zienswijze"),
        (DecisionKind.Toestemming, "Toestemming"),
        (DecisionKind.WensenEnBedenkingen, "Wensen en bedenkingen"),
        (DecisionKind.BesluitTotDeelname, "Besluit tot deelname"),
        (DecisionKind.ToestemmingTotOpheffing, "Toestemming tot opheffing"),
        (DecisionKind.BesluitTotOpheffing, "Besluit tot opheffing"));

    public static Vocabulary<DecisionOutcome> DecisionOutcomes => Of("Uitkomst",
        (DecisionOutcome.Positief, "Positief"),
        (DecisionOutcome.Negatief, "Negatief"));
}
