using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Roles;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>Who builds, evaluates and develops a collaboration (domain brief, "Phases" and "Evaluations").</summary>
internal static class PeopleVocabularies
{
    public static readonly Vocabulary<RoleKind> RoleKinds = Of("Rol",
        "Roles people fill while a collaboration is built (bemensing).",
        (RoleKind.Projectleider, "Projectleider", "Leads the project that builds the collaboration."),
        (RoleKind.Programmamanager, "Programmamanager", "Manages the programme that builds the collaboration."),
        (RoleKind.Procesbegeleider, "Procesbegeleider", "Guides the process of management and/or administrators."),
        (RoleKind.Adviseur, "Adviseur", "Advises the participants on the collaboration."),
        (RoleKind.VoorzitterWerkgroep, "Voorzitter ambtelijke werkgroep", "Chairs an ambtelijke werkgroep, for example Personeel en Organisatie."));

    public static readonly Vocabulary<EvaluationKind> EvaluationKinds = Of("Soort evaluatie",
        "Who evaluated the collaboration.",
        (EvaluationKind.Zelfevaluatie, "Zelfevaluatie", "The collaboration evaluated itself."),
        (EvaluationKind.Extern, "Extern", "An external party evaluated the collaboration."),
        (EvaluationKind.Rekenkamer, "Rekenkamer", "A rekenkamer judged doelmatigheid, doeltreffendheid and rechtmatigheid."));

    public static readonly Vocabulary<DevelopmentActivityKind> DevelopmentActivityKinds = Of("Soort ontwikkelactiviteit",
        "Activities that build the collaboration skills of organisations and people.",
        (DevelopmentActivityKind.Training, "Training", "A training in collaboration skills."),
        (DevelopmentActivityKind.Masterclass, "Masterclass", "A masterclass for administrators or managers."),
        (DevelopmentActivityKind.Leergang, "Leergang", "A course of several sessions."),
        (DevelopmentActivityKind.Intervisie, "Intervisie", "Peer consultation among people who work in collaborations."));

    public static readonly Vocabulary<DevelopmentActivityStatus> DevelopmentActivityStatuses = Of("Status van een ontwikkelactiviteit",
        "Where a training, masterclass, leergang or intervisie stands.",
        (DevelopmentActivityStatus.Gepland, "Gepland", "Planned; its date may lie in the future, attendance is not known yet."),
        (DevelopmentActivityStatus.Gehouden, "Gehouden", "It took place; how many people came, and from which municipality, is recorded."),
        (DevelopmentActivityStatus.Geannuleerd, "Geannuleerd", "It was planned but will not take place."));
}
