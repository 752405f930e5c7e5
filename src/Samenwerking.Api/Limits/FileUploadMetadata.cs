using Microsoft.AspNetCore.Http.Features;

namespace Samenwerking.Api.Limits;

/// <summary>Marks an endpoint whose body is a file (a register CSV), which may be larger than a JSON request.</summary>
public sealed class FileUploadMetadata;
