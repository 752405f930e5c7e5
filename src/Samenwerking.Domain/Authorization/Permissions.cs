using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Authorization;

/// <summary>
/// Who may change what. Many municipalities share one register, so a municipality changes only the
/// collaborations it takes part in, records only its own council's and college's decisions and its own
/// uittreding, and only administrators define evaluation frameworks. An administrator may do all of it.
/// Each refusal is a 403 entry of <see cref="Refusals"/> that names the municipality that would be needed.
/// </summary>
public static class Permissions
{
    /// <summary>Details, participants, phases, roles, dates, evaluations, activities, delete: an active participant's business.</summary>
    public static ActingCapacity ToChange(Collaboration collaboration, ActingUser user)
    {
        var active = collaboration.ActiveParticipants.Select(p => p.MunicipalityCode).ToList();
        if (active.FirstOrDefault(user.ActsFor) is { } code)
        {
            return new ActingCapacity(code);
        }

        return user.IsAdministrator
            ? ActingCapacity.Administrator
            : throw NotAParticipant(active, user, new Text(
                "Only a user acting for an active participant may change this collaboration",
                "Alleen een gebruiker die optreedt voor een actieve deelnemer mag deze samenwerking wijzigen"));
    }

    /// <summary>A municipality does not put others into a collaboration without taking part itself.</summary>
    public static ActingCapacity ToCreate(IReadOnlyCollection<string> participantCodes, ActingUser user)
    {
        if (participantCodes.FirstOrDefault(user.ActsFor) is { } code)
        {
            return new ActingCapacity(code);
        }

        return user.IsAdministrator
            ? ActingCapacity.Administrator
            : throw NotAParticipant(participantCodes.Distinct().ToList(), user, new Text(
                "A collaboration is created or registered by one of its own participants",
                "Een samenwerking wordt aangemaakt of geregistreerd door een van haar eigen deelnemers"));
    }

    /// <summary>A municipality's decisions and its uittreding are its own: its council and college decide.</summary>
    public static ActingCapacity ToActFor(string municipalityCode, ActingUser user)
    {
        if (user.ActsFor(municipalityCode))
        {
            return new ActingCapacity(municipalityCode);
        }

        return user.IsAdministrator
            ? ActingCapacity.Administrator
            : throw Refusals.NotYourMunicipality.Because(new Text(
                    $"Only a user acting for {municipalityCode} records its decisions and its withdrawal; {Yours(user).English}.",
                    $"Alleen een gebruiker die optreedt voor {municipalityCode} legt haar besluiten en uittreding vast; {Yours(user).Dutch}."),
                new Dictionary<string, object?> { ["requiredMunicipality"] = municipalityCode, ["yourMunicipalities"] = user.Municipalities });
    }

    /// <summary>Evaluation frameworks are shared by every collaboration, so only administrators define them.</summary>
    public static ActingCapacity ToAdminister(ActingUser user) =>
        user.IsAdministrator
            ? ActingCapacity.Administrator
            : throw Refusals.AdministratorsOnly.Because(new Text(
                "Evaluation frameworks are shared by every collaboration; only an administrator (scope samenwerking.admin) defines or changes them.",
                "Evaluatiekaders gelden voor alle samenwerkingen; alleen een beheerder (scope samenwerking.admin) legt ze vast of wijzigt ze."));

    private static Common.DomainRuleViolationException NotAParticipant(IReadOnlyList<string> needed, ActingUser user, Text who) =>
        Refusals.NotAParticipatingMunicipality.Because(new Text(
                $"{who.English} ({string.Join(", ", needed)}); {Yours(user).English}.",
                $"{who.Dutch} ({string.Join(", ", needed)}); {Yours(user).Dutch}."),
            new Dictionary<string, object?> { ["requiredMunicipalities"] = needed, ["yourMunicipalities"] = user.Municipalities });

    private static Text Yours(ActingUser user) => user.Municipalities.Count == 0
        ? new Text("your token names no municipality", "uw token noemt geen gemeente")
        : new Text($"your token acts for {string.Join(", ", user.Municipalities)}",
            $"uw token treedt op voor {string.Join(", ", user.Municipalities)}");
}
