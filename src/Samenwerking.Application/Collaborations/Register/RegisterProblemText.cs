using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Application.Collaborations.Register;

/// <summary>The domain's register problems in the request's language, under the field name the client sent.</summary>
public static class RegisterProblemText
{
    private static readonly Dictionary<string, string> DutchFieldNames = new(StringComparer.Ordinal)
    {
        ["citationTitle"] = "De citeertitel",
        ["purpose"] = "Het doel",
        ["inForceSince"] = "De datum van inwerkingtreding",
        ["publicationUrl"] = "De link naar de bekendmaking",
        ["seat"] = "Het adres en de plaats van vestiging",
        ["bronhouder"] = "Een bronhouder (gemeente)",
    };

    public static string Message(RegisterProblem problem) => Localized.IsDutch ? Dutch(problem) : problem.Message;

    private static string Dutch(RegisterProblem problem) => problem.Code switch
    {
        RegisterProblemCode.RequiredOnceOperating =>
            $"{DutchFieldNames.GetValueOrDefault(problem.Field, problem.Field)} is verplicht zodra de regeling werkt (vanaf doorontwikkeling).",
        RegisterProblemCode.SeatWithoutBody =>
            "Deze juridische vorm stelt geen orgaan in en heeft dus geen adres en plaats van vestiging.",
        RegisterProblemCode.BronhouderOfLegalEntity =>
            "Een openbaar lichaam of bedrijfsvoeringsorganisatie is zelf bronhouder; laat bronhouder leeg.",
        RegisterProblemCode.BronhouderNotParticipating => "De bronhouder neemt niet deel aan de samenwerking.",
        RegisterProblemCode.PublicationNotOfficial =>
            "De link naar de bekendmaking moet een https-adres zijn op lokaleregelgeving.overheid.nl (CVDR) of officielebekendmakingen.nl.",
        RegisterProblemCode.InForceInFuture => "De regeling kan niet in de toekomst in werking zijn getreden.",
        RegisterProblemCode.DuplicatePower => "Een bevoegdheid staat er meer dan eens in.",
        _ => problem.Message,
    };
}
