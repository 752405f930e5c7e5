using Samenwerking.Domain.Common;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Domain.Collaborations;

public sealed partial class Collaboration
{
    /// <summary>Someone takes up a role in the current phase.</summary>
    public RoleAssignment AssignRole(RoleFacts facts, ChangeContext change)
    {
        EnsureNotEnded();
        if (!facts.WorkingGroupFitsKind)
        {
            throw new ArgumentException("A working group is named for a voorzitter werkgroep, and only for that role.", nameof(facts));
        }

        var role = new RoleAssignment(facts, Phase, change.Now);
        roles.Add(role);
        RecordChange(HistoryEntryKind.RoleAssigned, $"Role {DomainTerms.Of(facts.Kind)} assigned during {DomainTerms.Of(Phase)}.", change, subjectId: role.Id);
        return role;
    }

    /// <summary>
    /// Removes a role with the personal data in it. The history keeps that a role was removed, never
    /// who held it.
    /// </summary>
    public void RemoveRole(Guid roleId, ChangeContext change)
    {
        EnsureNotEnded();
        var role = roles.FirstOrDefault(r => r.Id == roleId)
                   ?? throw new PartNotFoundException("Role", roleId.ToString());
        roles.Remove(role);
        RecordChange(HistoryEntryKind.RoleRemoved,
            $"Role {DomainTerms.Of(role.Kind)} (assigned during {DomainTerms.Of(role.AssignedInPhase)}) removed with its personal data.", change, subjectId: role.Id);
    }
}
