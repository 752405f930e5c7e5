using Mediator;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ExportRegister;

/// <summary>
/// The register as a stream of rows, sorted by name: every collaboration, or those one municipality takes part in.
/// A stream, so an export of any size is written while it is read, never held in memory whole.
/// </summary>
/// <param name="MunicipalityCode">Only collaborations this municipality takes part in; null for all.</param>
/// <param name="IncludeFormer">With a municipality: also those it left.</param>
/// <param name="LegalKind">Only this legal kind (publiekrechtelijk: the Wgr register).</param>
/// <param name="LegalInstrument">Only this legal instrument.</param>
/// <param name="Phase">Only collaborations in this phase.</param>
/// <param name="IncludeEnded">Also collaborations that ended (opheffing); left out by default.</param>
/// <param name="CollaborationIds">Only these collaborations: a page of a municipality's register, or one record's CSV line.</param>
public sealed record ExportRegisterQuery(
    string? MunicipalityCode,
    bool IncludeFormer = false,
    LegalKind? LegalKind = null,
    LegalInstrument? LegalInstrument = null,
    Phase? Phase = null,
    bool IncludeEnded = false,
    IReadOnlyList<Guid>? CollaborationIds = null) : IStreamQuery<RegisterRow>;
