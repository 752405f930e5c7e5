namespace Samenwerking.Domain.Authorization;

/// <summary>
/// In which capacity a permitted user acts: for one municipality (its CBS code), or as an administrator
/// where none of their municipalities takes part. The history records it beside the name.
/// </summary>
public sealed record ActingCapacity(string? MunicipalityCode)
{
    public static readonly ActingCapacity Administrator = new((string?)null);

    public bool IsAdministrator => MunicipalityCode is null;
}
