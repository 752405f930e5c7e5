namespace Samenwerking.Domain.Authorization;

/// <summary>Why a user may change a collaboration.</summary>
public enum PermissionReason
{
    /// <summary>The user acts for a municipality that takes part.</summary>
    Participant = 1,

    /// <summary>A participating municipality delegated some kinds of change to the user, until a date.</summary>
    Delegate = 2,

    /// <summary>The user is a functional administrator and may change every collaboration.</summary>
    Administrator = 3,
}
