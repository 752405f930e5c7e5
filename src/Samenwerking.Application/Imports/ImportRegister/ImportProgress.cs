namespace Samenwerking.Application.Imports.ImportRegister;

/// <summary>
/// What an import has found so far, batch by batch: only the report's own facts are kept (counts, the rows already
/// registered, the problems) and the first row of every name, which a later row with the same name is measured against.
/// </summary>
internal sealed class ImportProgress(bool dryRun)
{
    private readonly Dictionary<string, int> firstRowByName = new(StringComparer.Ordinal);
    private readonly List<ExistingRow> alreadyRegistered = [];
    private readonly List<ImportProblem> problems = [];
    private int rows;
    private int registered;

    /// <summary>Some cell was no text at all: the import answers 400, even as a dry run.</summary>
    public bool TextRefused { get; private set; }

    /// <summary>Some batch was saved: the transaction holds rows to commit.</summary>
    public bool Saved { get; private set; }

    public bool HasProblems => problems.Count > 0;

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>The row that had this name first, or null when this is the first; an empty name is never a repeat.</summary>
    public int? EarlierRowNamed(string key, int row) =>
        key.Length > 0 && !firstRowByName.TryAdd(key, row) ? firstRowByName[key] : null;

    public void Add(CheckedBatch batch, bool saved)
    {
        rows += batch.Rows;
        registered += batch.Created.Count;
        alreadyRegistered.AddRange(batch.AlreadyRegistered);
        problems.AddRange(batch.Problems);
        TextRefused |= batch.TextRefused;
        Saved |= saved;
    }

    public ImportReportDto Report() => new(dryRun, rows, registered, alreadyRegistered.Count, alreadyRegistered, problems);
}
