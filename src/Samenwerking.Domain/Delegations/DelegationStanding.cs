namespace Samenwerking.Domain.Delegations;

/// <summary>Where a delegation stands on a given day; only <see cref="InForce"/> lets its delegate act.</summary>
public enum DelegationStanding
{
    /// <summary>Granted, but its first day has not come.</summary>
    NotYetInForce = 1,

    /// <summary>The delegate may make the changes it covers.</summary>
    InForce = 2,

    /// <summary>Its last day has passed.</summary>
    Expired = 3,

    /// <summary>A participating municipality withdrew it.</summary>
    Withdrawn = 4,

    /// <summary>The municipality that granted it no longer takes part.</summary>
    GrantorLeft = 5,
}
