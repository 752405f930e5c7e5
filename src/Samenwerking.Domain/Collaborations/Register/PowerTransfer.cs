namespace Samenwerking.Domain.Collaborations.Register;

/// <summary>How a power (bevoegdheid) reaches the body of a gemeenschappelijke regeling (Awb titel 10.1, Wgr art. 10, 30).</summary>
public enum PowerTransfer
{
    /// <summary>Granted to the body by a statute itself.</summary>
    Attributie = 1,

    /// <summary>Transferred by the municipalities; the body exercises it in its own name and responsibility.</summary>
    Delegatie = 2,

    /// <summary>Exercised in the name and under the responsibility of the municipalities.</summary>
    Mandaat = 3,
}
