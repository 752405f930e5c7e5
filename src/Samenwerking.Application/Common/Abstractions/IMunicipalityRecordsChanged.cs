namespace Samenwerking.Application.Common.Abstractions;

/// <summary>Announces, after they are saved, that the municipality reference data changed, so no instance keeps reading the old records.</summary>
public interface IMunicipalityRecordsChanged
{
    Task AnnounceAsync(CancellationToken cancellationToken);
}
