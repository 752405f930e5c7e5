using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Roles;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Evaluations;

internal static class EvaluationFixtures
{
    public static readonly DateOnly OperatingSince = new(2018, 1, 1);

    public static ChangeContext On(DateOnly today) =>
        new(ByAdviser.Actor, new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), today);

    public static EvaluationFramework Framework(string name = "Testkader") => EvaluationFramework.Define(name, "Drie criteria om te testen.",
        [
            new("kwaliteit", "Kwaliteit", "Kwaliteit van het werk."),
            new("kosten", "Kosten", "Kosten in verhouding tot de opbrengst."),
            new("bestuurlijkeDrukte", "Bestuurlijke drukte", "Bestuurlijke lasten."),
        ], ByAdviser);

    /// <summary>Registered after the fact in doorontwikkeling, operating since 1 January 2018.</summary>
    public static Collaboration InDoorontwikkeling(DateOnly? operatingSince = null) =>
        Collaboration.Register("Druten-Wijchen", null, AllDecided, [Joins(Barendrecht, 2017), Joins(Albrandswaard, 2017)],
            Phase.Doorontwikkeling, operatingSince ?? OperatingSince, ByAdviser, CompleteRegister);

    /// <summary>Registered in implementatie, then moved to doorontwikkeling by a transition on <paramref name="effectiveOn"/>.</summary>
    public static Collaboration TransitionedToDoorontwikkeling(DateOnly effectiveOn)
    {
        var collaboration = Collaboration.Register("BUCH", null, AllDecided, [Joins(Barendrecht, 2017), Joins(Albrandswaard, 2017)],
            Phase.Implementatie, null, ByAdviser, CompleteRegister);
        collaboration.AssignRole(new RoleFacts(RoleKind.Projectleider, "P. Leider", "Gemeente Barendrecht"), ByAdviser);
        collaboration.SetOperatingSince(OperatingSince, ByAdviser);
        collaboration.TransitionTo(Phase.Doorontwikkeling, effectiveOn, "De werkorganisatie draait.", ByAdviser);
        return collaboration;
    }

    /// <summary>Scores for kwaliteit, kosten and bestuurlijkeDrukte; null means not assessed.</summary>
    public static EvaluationFacts Facts(DateOnly evaluatedOn, int? kwaliteit = 3, int? kosten = 3, int? drukte = 3,
        EvaluationKind kind = EvaluationKind.Zelfevaluatie) =>
        new(evaluatedOn, kind, "Werkgroep evaluatie", [Score("kwaliteit", kwaliteit), Score("kosten", kosten), Score("bestuurlijkeDrukte", drukte)],
            "Bevindingen.", [new Recommendation("Doe iets.", "Directie")]);

    public static CriterionScore Score(string code, int? score) =>
        score is { } value ? CriterionScore.Scored(code, value, "Toelichting.") : CriterionScore.NotAssessed(code, "Geen gegevens.");
}
