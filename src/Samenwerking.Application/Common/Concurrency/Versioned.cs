namespace Samenwerking.Application.Common.Concurrency;

/// <summary>
/// A representation and the version it shows. The version travels beside the representation, not in it: the
/// API sends it as the <c>ETag</c> header, and the body stays what the contract describes.
/// </summary>
public sealed record Versioned<T>(T Value, uint Version);
