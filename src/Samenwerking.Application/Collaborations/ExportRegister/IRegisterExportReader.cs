namespace Samenwerking.Application.Collaborations.ExportRegister;

/// <summary>
/// Reads the register's lines straight from the read side (the replica when one is configured), sorted by name, as the
/// database sends them. An export reads every collaboration, so this bypasses the query pipeline the rest of the
/// application uses: no entities, no value conversions per column, no register entry deserialized whole per row.
/// </summary>
public interface IRegisterExportReader
{
    /// <summary>The rows the query selects; the municipality it names must exist (the handler checks).</summary>
    IAsyncEnumerable<RegisterRow> ReadAsync(ExportRegisterQuery query, CancellationToken cancellationToken);
}
