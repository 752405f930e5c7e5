using Microsoft.OpenApi;
using Samenwerking.Application.Collaborations.Register;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// The import's columns in its contract, each with the member of a registration it fills, and what <c>n</c> in a
/// 400's <c>rows[n].column</c> counts: a spreadsheet user fixes the file by row and column, a client reads both.
/// </summary>
public sealed class ImportColumnsOperationFilter : IOperationFilter
{
    public const string OperationId = "importRegister";

    /// <summary>Every column of <see cref="RegisterColumns.All"/>, in order, with what it holds; a test keeps the two the same.</summary>
    public static readonly IReadOnlyList<(string Column, string Holds)> Columns =
    [
        (RegisterColumns.Id, "ignored (the export's id)"),
        (RegisterColumns.Name, "`name`; required column"),
        (RegisterColumns.CitationTitle, "`register.citationTitle`"),
        (RegisterColumns.Purpose, "`register.purpose`"),
        (RegisterColumns.Phase, "`phase`: `implementatie` or `doorontwikkeling`; required column"),
        (RegisterColumns.InForceSince, "`register.inForceSince` (yyyy-MM-dd)"),
        (RegisterColumns.OperatingSince, "`operatingSince` (yyyy-MM-dd); also every participant's join date (else inWerkingSinds)"),
        (RegisterColumns.Participants, "`participants`: CBS codes separated by `;`; required column"),
        (RegisterColumns.ParticipantNames, "ignored (the export's names, for people)"),
        (RegisterColumns.Centrumgemeente, "the participant whose `role` is `centrumgemeente` (a CBS code)"),
        (RegisterColumns.LegalKind, "`legalForm.kind`; required column"),
        (RegisterColumns.LegalInstrument, "`legalForm.instrument`; required column"),
        (RegisterColumns.TaskTypes, "`taskTypes`, separated by `;`"),
        (RegisterColumns.TaskScope, "`taskScope`"),
        (RegisterColumns.GovernanceLevel, "`governanceLevel`"),
        (RegisterColumns.Novelty, "`organisationForm.novelty`"),
        (RegisterColumns.Multiplicity, "`organisationForm.multiplicity`"),
        (RegisterColumns.Structure, "`organisationForm.structure`"),
        (RegisterColumns.Initiative, "`initiative`"),
        (RegisterColumns.LegalProvisions, "`register.legalProvisions`"),
        (RegisterColumns.Powers, "`register.powers`, as `wijze: omschrijving` separated by `;`"),
        (RegisterColumns.SeatAddress, "`register.seat.address`"),
        (RegisterColumns.SeatPlace, "`register.seat.place`"),
        (RegisterColumns.PublicationUrl, "`register.publicationUrl`"),
        (RegisterColumns.Bronhouder, "`register.bronhouder` (a CBS code)"),
        (RegisterColumns.EndedOn, "ignored (the export's end date of a dissolved regeling, for people)"),
        (RegisterColumns.EndReason, "ignored (the export's reason a dissolved regeling ended, for people)"),
    ];

    /// <summary>What <c>n</c> and <c>column</c> are, in the 400 and in the report's problems alike.</summary>
    public const string RowNumbering =
        "`n` is the row's number in the file as a spreadsheet shows it: the header is row 1, the first data row is row 2, and " +
        "a quoted cell with line breaks keeps its row one row; `column` is the column's name as the header writes it.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != OperationId)
        {
            return;
        }

        if (operation.RequestBody is OpenApiRequestBody body)
        {
            body.Description = "The columns, by header name (their order is free; a column left out is empty in every row):\n\n" +
                               "| column | fills |\n|---|---|\n" +
                               string.Concat(Columns.Select(c => $"| `{c.Column}` | {c.Holds} |\n"));
        }

        if (operation.Responses?.GetValueOrDefault("400") is OpenApiResponse invalid)
        {
            invalid.Description = $"{invalid.Description} The problems are under `rows[n].column`: {RowNumbering}";
        }
    }
}
