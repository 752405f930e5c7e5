using Samenwerking.Domain.Rules;
using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    /// <summary>
    /// Sets the register entry after the dimensions and participants it depends on. What can never hold is
    /// refused in any phase; once the collaboration operates (doorontwikkeling) the entry cannot lose what the law requires.
    /// </summary>
    private void DescribeRegister(RegisterEntry register, DateOnly today)
    {
        var participantCodes = ActiveParticipants.Select(p => p.MunicipalityCode).ToHashSet();
        var problems = register.Problems(Dimensions.LegalForm, participantCodes, today);
        if (problems.Count > 0)
        {
            throw new InvalidRegisterEntryException(problems);
        }

        if (Phase == Phase.Doorontwikkeling && register.GapsOnceOperating(Dimensions.LegalForm) is { Count: > 0 } gaps)
        {
            throw Refusals.RegisterEntryIncomplete.Because(new Text(
                    $"The collaboration operates (doorontwikkeling); its register entry must keep: {string.Join(" ", gaps.Select(g => g.Message))}",
                    $"De samenwerking werkt (doorontwikkeling); haar registerinschrijving moet behouden: {string.Join(", ", gaps.Select(g => "register." + g.Field))}."),
                new Dictionary<string, object?> { ["missingFields"] = gaps.Select(g => g.Field).ToList() });
        }

        RegisterEntry = register with { Powers = [.. register.Powers.Select(p => p with { Description = p.Description.Trim() })] };
    }
}
