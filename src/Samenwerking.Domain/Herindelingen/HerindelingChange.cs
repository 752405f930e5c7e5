namespace Samenwerking.Domain.Herindelingen;

/// <summary>One change a herindeling makes (or, in a dry run, would make): what, for which ending municipality.</summary>
/// <param name="MunicipalityCode">The ending municipality the change is about.</param>
/// <param name="SuccessorCode">The municipality that succeeds it.</param>
public sealed record HerindelingChange(HerindelingChangeKind Kind, string MunicipalityCode, string SuccessorCode);
