using Mediator;

namespace Samenwerking.Application.Municipalities.GetMunicipality;

/// <summary>
/// One municipality by CBS code: the record in force today, or for a municipality that no longer
/// exists, its last record.
/// </summary>
public sealed record GetMunicipalityQuery(string Code) : IQuery<MunicipalityDto>;
