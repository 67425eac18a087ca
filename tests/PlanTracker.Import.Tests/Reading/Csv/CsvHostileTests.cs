using System.Text;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Reading.Csv;

/// <summary>CSV files built to hurt: each refused with a clear message, within the limits, without holding it whole.</summary>
public class CsvHostileTests
{
    private static readonly byte[] Header = CsvText.Bytes(CsvText.Lines(';', CsvText.JobsHeader));

    [Test]
    public void A_50_MB_line_is_refused_by_the_file_size_limit()
    {
        var error = TestParser.Parse(FiftyMegabyteLine(), fileName: "emplois.csv").Errors.Should().ContainSingle().Which;

        error.Code.Should().Be(ImportErrorCodes.TooLarge);
    }

    [Test]
    public void A_50_MB_line_under_a_raised_size_limit_is_refused_at_the_line_limit_without_being_held_whole()
    {
        var bytes = FiftyMegabyteLine();
        var limits = ImportLimits.Default with { MaxFileBytes = 64L * 1024 * 1024 };
        var before = GC.GetAllocatedBytesForCurrentThread();

        var parsed = TestParser.Parse(bytes, limits, "emplois.csv");

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var error = parsed.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ImportErrorCodes.LineTooLong);
        error.Describe("fr").Should().StartWith("emplois.csv, ligne 2 : ").And.MatchRegex(@"plus de 1\s000\s000 caractères");
        allocated.Should().BeLessThan(20L * 1024 * 1024, "the line is decoded in chunks and dropped past the limit, never made one 100 MB string");
    }

    [Test]
    public void The_line_limit_is_the_one_import_limits_give()
    {
        var csv = CsvText.Jobs(';', CsvText.JobLine(comment: new string('x', 900)), CsvText.JobLine(comment: new string('x', 1_100)));

        var error = TestParser.Parse(csv, ImportLimits.Default with { MaxTextLineLength = 1_000 }, "emplois.csv").Errors.Should().ContainSingle().Which;

        error.Code.Should().Be(ImportErrorCodes.LineTooLong);
        error.Row.Should().Be(3, "line 2 fits, line 3 does not");
    }

    [Test]
    public void Binary_bytes_below_the_first_kilobytes_are_refused_as_not_text_naming_the_line()
    {
        var lines = Enumerable.Repeat(CsvText.JobLine(), 1).Concat(Enumerable.Range(0, 200).Select(_ => CsvText.JobLine(comment: new string('x', 40))));
        byte[] bytes = [.. CsvText.Jobs(';', [.. lines]), 0x00, 0x01, 0x02, 0xFF, (byte)'\n'];
        bytes.Length.Should().BeGreaterThan(4096, "the signature looks at the first 4 KB only");

        var error = TestParser.Parse(bytes, fileName: "emplois.csv").Errors.Should().ContainSingle().Which;

        error.Code.Should().Be(ImportErrorCodes.NotText);
        error.MessageFr.Should().Contain("n'est pas un fichier texte").And.Contain("ligne 203");
    }

    [Test]
    public void Random_bytes_named_csv_are_not_a_text_file()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        bytes[0] = 0;

        TestParser.Parse(bytes, fileName: "emplois.csv").Errors.Should().ContainSingle().Which.Code.Should().Be(ImportErrorCodes.NotText);
    }

    [Test]
    public void A_workbook_named_csv_is_refused_naming_what_it_is()
    {
        var error = TestParser.Parse(JobRows.Workbook(JobRows.Line()), fileName: "emplois.csv").Errors.Should().ContainSingle().Which;

        error.Code.Should().Be(ImportErrorCodes.WrongExtension);
        error.MessageFr.Should().Contain("est un classeur Excel (.xlsx), pas un fichier CSV").And.Contain("Renommez-le en .xlsx");
    }

    [Test]
    public void A_csv_named_xlsx_is_refused_naming_what_it_is()
    {
        var error = TestParser.Parse(CsvText.Jobs(';', CsvText.JobLine()), fileName: "emplois.xlsx").Errors.Should().ContainSingle().Which;

        error.Code.Should().Be(ImportErrorCodes.Text);
        error.MessageFr.Should().Contain("est un fichier texte (CSV ?)").And.Contain("Renommez-le en .csv");
    }

    [Test]
    public void A_million_lines_stop_at_the_row_limit()
    {
        // Valid, distinct lines (one SIRET each): the row limit is then the one error. They take 35 MB, over the file
        // size limit, which is raised here so that the row limit is what stops them.
        var text = new StringBuilder(CsvText.Lines(';', CsvText.JobsHeader));
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("2025-T1;").Append(Sirets.Numbered(i)).Append(";x;Sevran;1;1\r\n");
        }

        var bytes = CsvText.Bytes(text.ToString());
        var parsed = TestParser.Parse(bytes, ImportLimits.Default with { MaxFileBytes = 64L * 1024 * 1024 }, "emplois.csv");

        var error = parsed.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ImportErrorCodes.TooManyLines);
        parsed.RowsRead.Should().Be(ImportLimits.Default.MaxDataLines, "reading stops at the limit, the rest is never parsed");
        parsed.Jobs.Should().BeEmpty();
    }

    [Test]
    public void A_quote_never_closed_is_refused_naming_its_line()
    {
        var bytes = CsvText.Bytes(CsvText.Lines(';', CsvText.JobsHeader, CsvText.JobLine()) + "2025-T1;\"12345;Régie;Sevran;1;3\r\n");

        var error = TestParser.Parse(bytes, fileName: "emplois.csv").Errors.Should().ContainSingle().Which;

        error.Code.Should().Be(ImportErrorCodes.BadQuote);
        error.Describe("fr").Should().Contain("ligne 3").And.Contain("guillemet");
    }

    [Test]
    public void An_empty_csv_is_refused_as_empty()
    {
        TestParser.Parse([], fileName: "emplois.csv").Errors.Should().ContainSingle().Which.Code.Should().Be(ImportErrorCodes.Empty);
        TestParser.Parse(Encoding.UTF8.GetPreamble(), fileName: "emplois.csv").Errors.Should().ContainSingle()
            .Which.Code.Should().Be(ImportErrorCodes.HeadersMissing);
    }

    private static byte[] FiftyMegabyteLine()
    {
        var bytes = new byte[Header.Length + 50 * 1024 * 1024];
        Header.CopyTo(bytes, 0);
        bytes.AsSpan(Header.Length).Fill((byte)'a');
        return bytes;
    }
}
