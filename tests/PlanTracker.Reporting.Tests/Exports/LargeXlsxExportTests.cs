using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClosedXML.Excel;
using PlanTracker.Reporting.Exports;

namespace PlanTracker.Reporting.Tests.Exports;

/// <summary>
/// "Lignes détaillées" at the sizes analysts export: the file read back by ClosedXML must show what the small exports
/// show (types, formats, frozen header, filter over every row).
/// </summary>
public class LargeXlsxExportTests
{
    private const int Count = 20_000;

    [Test]
    public async Task Write_20000Lines_EveryRowReadsBackWithItsTypeAndFormat()
    {
        var bytes = await XlsxExport.ToBytesAsync(Seeded.Snapshot(), GeneratedLines.Make(Count), TestLines.ImportedAt);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(XlsxExport.LinesSheet);

        sheet.LastRowUsed().RowNumber().Should().Be(Count + 1);
        sheet.RowsUsed().Should().HaveCount(Count + 1);
        sheet.SheetView.SplitRow.Should().Be(1);
        sheet.AutoFilter.IsEnabled.Should().BeTrue();
        sheet.AutoFilter.Range.RangeAddress.ToString().Should().Be($"A1:P{Count + 1}");
        sheet.Cell(1, 4).GetString().Should().Be("Nom");
        sheet.Cell(1, 4).Style.Font.Bold.Should().BeTrue();
        sheet.Column(4).Width.Should().BeApproximately(36, 1);

        var byName = sheet.RowsUsed().Skip(1).ToDictionary(r => r.Cell(4).GetString());
        byName.Should().HaveCount(Count, "every generated line has its own name");

        // A job line with a leading-zero SIRET, an FTE and a comment with XML-special characters.
        var job = byName[GeneratedLines.NameOf(7)];
        job.Cell(1).GetString().Should().Be("Emplois");
        job.Cell(3).DataType.Should().Be(XLDataType.Text);
        job.Cell(3).GetString().Should().Be(GeneratedLines.SiretOf(7)).And.StartWith("0");
        job.Cell(3).Style.NumberFormat.Format.Should().Be("@");
        job.Cell(8).DataType.Should().Be(XLDataType.Number);
        job.Cell(8).GetDouble().Should().Be(4);
        job.Cell(8).Style.NumberFormat.Format.Should().Be("#,##0");
        job.Cell(9).GetDouble().Should().Be(1.0);
        job.Cell(9).Style.NumberFormat.Format.Should().Be("#,##0.0");
        job.Cell(10).IsEmpty().Should().BeTrue("a job line has no creation date");
        job.Cell(11).GetString().Should().Be("Commentaire & <détail> n°7");
        job.Cell(14).DataType.Should().Be(XLDataType.DateTime);
        job.Cell(14).GetDateTime().Should().Be(new DateTime(2026, 1, 1, 8, 7, 0));
        job.Cell(14).Style.NumberFormat.Format.Should().Be("dd/mm/yyyy hh:mm");
        job.Cell(16).GetDouble().Should().Be(9);

        // A cooperative: creation date as a date, no contract, no FTE.
        var coop = byName[GeneratedLines.NameOf(Count - 10)];
        coop.Cell(1).GetString().Should().Be("Coopérative");
        coop.Cell(9).IsEmpty().Should().BeTrue();
        coop.Cell(10).DataType.Should().Be(XLDataType.DateTime);
        coop.Cell(10).GetDateTime().Should().Be(GeneratedLines.CreationDateOf(Count - 10).ToDateTime(TimeOnly.MinValue));
        coop.Cell(10).Style.NumberFormat.Format.Should().Be("dd/mm/yyyy");
        coop.Cell(12).GetDouble().Should().Be(1 + ((Count - 10) / 5000));

        // Formula-like names: text cells with the quote prefix; plain names without it.
        var hostile = byName[GeneratedLines.NameOf(1500)];
        hostile.Cell(4).GetString().Should().StartWith("=HYPERLINK(");
        hostile.Cell(4).DataType.Should().Be(XLDataType.Text);
        hostile.Cell(4).HasFormula.Should().BeFalse();
        hostile.Cell(4).Style.IncludeQuotePrefix.Should().BeTrue();
        job.Cell(4).Style.IncludeQuotePrefix.Should().BeFalse();
        byName.Keys.Count(FormulaGuard.IsRisky).Should().Be(Count / 1000);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            reader.ReadToEnd().Should().NotContain("<x:f").And.NotContain("<f>").And.NotContain("<f ");
        }
    }

    [Test]
    public async Task Write_TextsXmlCannotHold_ReadBackAsClosedXmlWroteThem()
    {
        // A control character and a lone surrogate: written as _xHHHH_ escapes, read back unchanged.
        const string text = "a\u0001b \uD800 <fin> & 😀";
        var lines = GeneratedLines.Make(3).Select(l => l with { Comment = text }).ToList();

        using var workbook = new XLWorkbook(new MemoryStream(await XlsxExport.ToBytesAsync(Seeded.Snapshot(), lines, null)));

        var comments = workbook.Worksheet(XlsxExport.LinesSheet).Column(11).CellsUsed().Skip(1).ToList();
        comments.Should().HaveCount(3).And.OnlyContain(c => c.GetString() == text && c.DataType == XLDataType.Text);
    }

    [Test]
    public async Task Write_LiteralEscapeSequences_ReadBackAsTyped()
    {
        // Text that looks like OOXML's own _xHHHH_ escape must not be decoded by the reader. Read as the standard (and
        // Excel) decodes: ClosedXML 0.95 decodes _x0041_ but not the _x005F_ that escapes an underscore.
        const string text = "_x0041_ et _x00e9_ restent tels quels, _x12_ aussi";
        var lines = GeneratedLines.Make(2).Select(l => l with { Comment = text }).ToList();

        var bytes = await XlsxExport.ToBytesAsync(Seeded.Snapshot(), lines, null);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet4.xml")!.Open());
        var texts = XDocument.Parse(reader.ReadToEnd()).Descendants().Where(e => e.Name.LocalName == "t").Select(t => Decode(t.Value));
        texts.Where(t => t.Contains("tels quels", StringComparison.Ordinal)).Should().Equal(text, text);
    }

    [Test]
    public async Task Write_100000Lines_OpensInClosedXmlWithEveryRowAndItsTypes()
    {
        const int count = 100_000;

        var bytes = await XlsxExport.ToBytesAsync(Seeded.Snapshot(), GeneratedLines.Make(count), TestLines.ImportedAt);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(XlsxExport.LinesSheet);
        sheet.LastRowUsed().RowNumber().Should().Be(count + 1);
        sheet.AutoFilter.Range.RangeAddress.ToString().Should().Be($"A1:P{count + 1}");
        var rows = sheet.RowsUsed().Skip(1).ToList();
        rows.Should().HaveCount(count);
        rows.Should().OnlyContain(r => r.Cell(3).DataType == XLDataType.Text && r.Cell(4).DataType == XLDataType.Text
            && r.Cell(8).DataType == XLDataType.Number && r.Cell(12).DataType == XLDataType.Number
            && r.Cell(14).DataType == XLDataType.DateTime && r.Cell(16).DataType == XLDataType.Number);
        rows.Count(r => r.Cell(1).GetString() == "Coopérative" && r.Cell(10).DataType == XLDataType.DateTime).Should().Be(count / 10);
        rows.Count(r => r.Cell(9).DataType == XLDataType.Number).Should().Be(GeneratedLines.Make(count).Count(l => l.Fte is not null));
    }

    /// <summary>Run with <c>dotnet test --filter Name=Benchmark_Export100000Lines</c> and read the output.</summary>
    [Test]
    [Explicit("benchmark: prints timings, asserts nothing about them")]
    public async Task Benchmark_Export100000Lines()
    {
        var snapshot = Seeded.Snapshot();
        var lines = GeneratedLines.Make(100_000);
        await XlsxExport.ToBytesAsync(snapshot, GeneratedLines.Make(1_000), TestLines.ImportedAt); // warm-up: JIT

        const int runs = 3;
        var times = new List<double>();
        byte[] bytes = [];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            bytes = await XlsxExport.ToBytesAsync(snapshot, lines, TestLines.ImportedAt);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        File.WriteAllBytes(Path.Combine(TestContext.CurrentContext.WorkDirectory, "export-100000.xlsx"), bytes);
        TestContext.Out.WriteLine($"xlsx export of 100,000 lines, warm: {string.Join(" / ", times.Select(t => $"{t:F0} ms"))}, {bytes.Length / 1024} KB");
        bytes.Should().NotBeEmpty();
    }

    /// <summary>ECMA-376's ST_Xstring: each _xHHHH_ is the character HHHH, left to right.</summary>
    private static string Decode(string text) =>
        Regex.Replace(text, "_x([0-9A-Fa-f]{4})_", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
}
