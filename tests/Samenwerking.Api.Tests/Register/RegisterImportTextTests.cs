using System.Text;

namespace Samenwerking.Api.Tests.Register;

/// <summary>
/// What an import file may contain as text: UTF-8 with or without byte order mark, Windows-1252 when the request says so,
/// and nothing that is no text (invalid bytes, control characters), which is refused with a 400 naming row and column.
/// </summary>
public sealed class RegisterImportTextTests(ApiFactory api)
{
    private static readonly Encoding Windows1252 = Windows1252Encoding();

    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_NUL_byte_in_a_cell_is_a_400_naming_row_and_column_even_in_a_dry_run()
    {
        var file = RegisterCsv.File(RegisterCsv.Row(CollaborationApi.UniqueName("Goed")), RegisterCsv.Row("NUL\0x" + Guid.NewGuid().ToString("N")));

        var response = await writer.ImportAsync(file, dryRun: true);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal(["rows[3].naam", "rows[3].citeertitel"], ErrorFields(problem));
    }

    [Fact]
    public async Task A_control_character_inside_any_register_cell_is_refused_by_row_and_column()
    {
        var row = RegisterCsv.Row(CollaborationApi.UniqueName("Bel")).Replace("Samen de bedrijfsvoering", "Samen\u0007 de bedrijfsvoering", StringComparison.Ordinal);

        var response = await writer.ImportAsync(RegisterCsv.File(row));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("rows[2].doel"));
    }

    [Fact]
    public async Task Invalid_bytes_are_refused_in_a_row_that_is_already_registered_too()
    {
        var name = CollaborationApi.UniqueName("Al geregistreerd");
        Assert.Equal(HttpStatusCode.OK, (await writer.ImportAsync(RegisterCsv.File(RegisterCsv.Row(name)))).StatusCode);
        var file = Encoding.UTF8.GetBytes(RegisterCsv.File(RegisterCsv.Row(name)));
        file[Array.IndexOf(file, (byte)'V', RegisterCsv.Header.Length)] = 0xFF;

        var response = await writer.ImportBytesAsync(file, dryRun: true);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal(["rows[2].vestigingAdres"], ErrorFields(problem));
    }

    [Fact]
    public async Task A_header_that_names_a_column_twice_is_a_400()
    {
        var file = RegisterCsv.Header + ",naam\r\n" + RegisterCsv.Row(CollaborationApi.UniqueName("Dubbel")) + ",Dubbel\r\n";

        var response = await writer.ImportAsync(file, dryRun: true);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("rows[1]"));
    }

    [Fact]
    public async Task Windows_1252_is_decoded_when_the_request_declares_it()
    {
        var name = CollaborationApi.UniqueName("Café Ærø €");
        var file = Windows1252.GetBytes(RegisterCsv.File(RegisterCsv.Row(name)));

        var response = await writer.ImportBytesAsync(file, "text/csv; charset=windows-1252");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var registered = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={name.Split(' ')[^1]}");
        Assert.Equal(name, Assert.Single(registered.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF_8_are_a_400_naming_row_and_column_instead_of_a_stored_replacement_character()
    {
        var name = CollaborationApi.UniqueName("Café");
        var file = Windows1252.GetBytes(RegisterCsv.File(RegisterCsv.Row(CollaborationApi.UniqueName("Goed")), RegisterCsv.Row(name)));

        var response = await writer.ImportBytesAsync(file, "text/csv", dryRun: true);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal(["rows[3].naam", "rows[3].citeertitel"], ErrorFields(problem));
        Assert.Contains("UTF-8", problem.ErrorsFor("rows[3].naam")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Windows_1252_bytes_that_mean_nothing_are_refused_too()
    {
        var file = Windows1252.GetBytes(RegisterCsv.File(RegisterCsv.Row(CollaborationApi.UniqueName("Leeg"))));
        file[Array.IndexOf(file, (byte)'V', RegisterCsv.Header.Length)] = 0x81;

        var response = await writer.ImportBytesAsync(file, "text/csv; charset=windows-1252", dryRun: true);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal(["rows[2].vestigingAdres"], ErrorFields(problem));
    }

    [Fact]
    public async Task UTF_8_with_a_byte_order_mark_and_a_real_replacement_character_imports_as_written()
    {
        var name = CollaborationApi.UniqueName("Teken \uFFFD bewust");
        var file = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
            .Concat(Encoding.UTF8.GetBytes(RegisterCsv.File(RegisterCsv.Row(name)))).ToArray();

        var report = await (await writer.ImportBytesAsync(file, "text/csv; charset=utf-8", dryRun: true)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        Assert.Equal(1, report.GetProperty("registered").GetInt32());
    }

    [Fact]
    public async Task A_charset_the_import_does_not_read_is_a_400_naming_the_charset()
    {
        var file = Encoding.Unicode.GetBytes(RegisterCsv.File(RegisterCsv.Row(CollaborationApi.UniqueName("Utf16"))));

        var response = await writer.ImportBytesAsync(file, "text/csv; charset=utf-16", dryRun: true);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("utf-16", Assert.Single(problem.ErrorsFor("charset")), StringComparison.Ordinal);
    }

    private static string[] ErrorFields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];

    /// <summary>Windows-1252 as a spreadsheet on Windows saves it (from .NET's code pages, independent of the API's decoder).</summary>
    private static Encoding Windows1252Encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
