using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Roles;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>Who builds, evaluates and develops a collaboration (domain brief, "Phases" and "Evaluations").</summary>
internal static class PeopleVocabularies
{
    public static Vocabulary<RoleKind> RoleKinds => Of("Rol",
        (RoleKind.Projectleider, "Projectleider"),
        (RoleKind.Programmamanager, "Programmamanager"),
        (RoleKind.Procesbegeleider, "Procesbegeleider"),
        (RoleKind.Adviseur, "Adviseur"),
        (RoleKind.VoorzitterWerkgroep, "Voorzitter ambtelijke werkgroep"));

    public static Vocabulary<EvaluationKind> EvaluationKinds => Of("Soort evaluatie",
        (EvaluationKind.Zelfevaluatie, "Zelfevaluatie"),
        (EvaluationKind.Extern, "Extern"),
        (EvaluationKind.Rekenkamer, "Rekenkamer"));

    public static Vocabulary<DevelopmentActivityKind> DevelopmentActivityKinds => Of("Soort ontwikkelactiviteit",
        (DevelopmentActivityKind.Training, "Training"),
        (DevelopmentActivityKind.Masterclass, "Masterclass"),
        (DevelopmentActivityKind.Leergang, "Leergang"),
        (DevelopmentActivityKind.Intervisie, "Intervisie"));

    public static Vocabulary<DevelopmentActivityStatus> DevelopmentActivityStatuses => Of("Status van een ontwikkelactiviteit",
        (DevelopmentActivityStatus.Gepland, "Gepland"),
        (DevelopmentActivityStatus.Gehouden, "Gehouden"),
        (DevelopmentActivityStatus.Geannuleerd, "Geannuleerd"));
}
