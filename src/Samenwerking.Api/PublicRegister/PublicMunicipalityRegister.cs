namespace Samenwerking.Api.PublicRegister;

/// <summary>A municipality's register (Wgr art. 27): every collaboration it takes part in now, sorted by name.</summary>
/// <param name="Code">CBS code of the municipality.</param>
/// <param name="Name">Its name.</param>
/// <param name="ProvinceName">Its province.</param>
/// <param name="Items">The collaborations; those with a publiekrechtelijk legal form are its gemeenschappelijke regelingen.</param>
public sealed record PublicMunicipalityRegister(string Code, string Name, string ProvinceName, IReadOnlyList<PublicRegisterLine> Items);
