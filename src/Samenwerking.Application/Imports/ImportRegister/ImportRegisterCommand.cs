using Mediator;
using Samenwerking.Application.Collaborations.CreateCollaboration;

namespace Samenwerking.Application.Imports.ImportRegister;

/// <summary>
/// Existing regelingen from a register file, each registered after the fact exactly as a single registration
/// would be. The rows arrive as the file is read and are checked in batches, so memory does not grow with the file.
/// With <see cref="DryRun"/> every row is checked and nothing is written; without it all new rows are
/// registered in one transaction, or, when any row has a problem, none.
/// </summary>
public sealed record ImportRegisterCommand(IAsyncEnumerable<ImportRow> Rows, bool DryRun) : ICommand<ImportReportDto>;

/// <summary>One data row of the file: the registration it asks for, and what could not even be read.</summary>
/// <param name="Row">The row's number in the file, the header being row 1 (as a spreadsheet numbers it).</param>
/// <param name="Registration">The registration the row describes.</param>
/// <param name="ReadProblems">Cells that could not be read (an unknown value, a malformed date).</param>
/// <param name="RefusedCells">
/// Cells that are no text at all (bytes invalid in the file's encoding, a control character): the file is refused with
/// a 400 for them even in a dry run, as a JSON body with such text would be.
/// </param>
public sealed record ImportRow(int Row, CreateCollaborationCommand Registration, IReadOnlyList<ImportProblem> ReadProblems,
    IReadOnlyList<ImportProblem> RefusedCells);

/// <summary>A problem with one cell of the file.</summary>
/// <param name="Row">Row number in the file; the header is row 1.</param>
/// <param name="Column">The column, as the header names it.</param>
/// <param name="Problem">What is wrong, in the request's language.</param>
public sealed record ImportProblem(int Row, string Column, string Problem);

/// <summary>A row whose regeling is already registered: the import leaves it as it is.</summary>
/// <param name="Row">Row number in the file; the header is row 1.</param>
/// <param name="Id">The registered collaboration with the row's name.</param>
public sealed record ExistingRow(int Row, Guid Id);

/// <summary>What an import did, or, in a dry run, would do.</summary>
/// <param name="DryRun">Whether this was a dry run (nothing written).</param>
/// <param name="Rows">Number of data rows in the file.</param>
/// <param name="Registered">Rows registered as new collaborations (in a dry run: that would be).</param>
/// <param name="AlreadyRegistered">Rows whose collaboration is already registered (same name regardless of case and accents): left as they are.</param>
/// <param name="AlreadyRegisteredRows">Those rows, each with the collaboration it names, in file order.</param>
/// <param name="Problems">Every problem, by row and column; empty when the file can be imported.</param>
public sealed record ImportReportDto(bool DryRun, int Rows, int Registered, int AlreadyRegistered, IReadOnlyList<ExistingRow> AlreadyRegisteredRows,
    IReadOnlyList<ImportProblem> Problems);
