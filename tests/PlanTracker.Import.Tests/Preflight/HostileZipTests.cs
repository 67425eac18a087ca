using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PlanTracker.Import.Preflight;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Preflight;

/// <summary>Files built to hurt a parser: zip bombs, lying sizes, entity expansion, external entities.</summary>
public class HostileZipTests
{
    [Test]
    public void A_zip_bomb_over_200_MB_decompressed_is_rejected_from_a_tiny_file()
    {
        var bomb = BombWorkbook(201L * 1024 * 1024);
        bomb.Length.Should().BeLessThan(1024 * 1024, "a bomb is tiny on disk");
        var watch = Stopwatch.StartNew();
        var error = WorkbookPreflight.Check(bomb, "bombe.xlsx", ImportLimits.Default);
        TestContext.Out.WriteLine($"{bomb.Length:N0} bytes on disk, rejected in {watch.ElapsedMilliseconds} ms");
        error!.Code.Should().Be(ImportErrorCodes.TooBigUncompressed);
        error.MessageFr.Should().Contain("200");
    }

    [Test]
    public void The_uncompressed_limit_is_configurable_and_counts_every_entry()
    {
        var bomb = BombWorkbook(3L * 1024 * 1024);
        WorkbookPreflight.Check(bomb, "b.xlsx", new ImportLimits { MaxUncompressedBytes = 2L * 1024 * 1024 })!
            .Code.Should().Be(ImportErrorCodes.TooBigUncompressed);
        WorkbookPreflight.Check(bomb, "b.xlsx", new ImportLimits { MaxUncompressedBytes = 4L * 1024 * 1024 }).Should().BeNull();
    }

    [Test]
    public void The_parser_reports_a_bomb_as_an_error_without_throwing() =>
        TestParser.Parse(BombWorkbook(3L * 1024 * 1024), new ImportLimits { MaxUncompressedBytes = 1024 * 1024 })
            .Errors.Single().Code.Should().Be(ImportErrorCodes.TooBigUncompressed);

    [Test]
    public void An_entry_declaring_a_smaller_size_than_it_holds_never_yields_more_than_declared()
    {
        // The sheet really holds 5 MB but says 300 bytes: whatever the zip library does, no more than declared is read
        // and the truncated XML is reported, never parsed as if complete.
        var honest = new RawWorkbook().Sheet("Emplois", [RawWorkbook.JobsHeader(), .. Enumerable.Range(2, 60_000).Select(r => RawWorkbook.JobsLine(r))]).Build();
        var lying = LyingZip.DeclareSmallSizes(honest, "xl/worksheets/sheet1.xml", 300);
        var parsed = TestParser.Parse(lying);
        parsed.Errors.Should().ContainSingle().Which.Code.Should().Be(ImportErrorCodes.Corrupt);
        parsed.Jobs.Should().BeEmpty();
    }

    [Test]
    public void A_billion_laughs_doctype_is_rejected_before_any_xml_parser()
    {
        const string laughs = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>""";
        var error = WorkbookPreflight.Check(new RawWorkbook().SheetXml("Emplois", laughs).Build(), "x.xlsx", ImportLimits.Default);
        error!.Code.Should().Be(ImportErrorCodes.Doctype);
        error.MessageFr.Should().Contain("xl/worksheets/sheet1.xml");
    }

    [Test]
    public void An_external_entity_in_the_workbook_part_is_rejected()
    {
        const string xxe = """<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""";
        var bytes = new RawWorkbook().Sheet("Emplois").Replace("xl/workbook.xml", xxe).Build();
        WorkbookPreflight.Check(bytes, "x.xlsx", ImportLimits.Default)!.Code.Should().Be(ImportErrorCodes.Doctype);
        TestParser.Parse(bytes).Errors.Single().Code.Should().Be(ImportErrorCodes.Doctype);
    }

    [Test]
    public void A_doctype_in_a_utf16_part_is_found_too()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("""<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x/>""")).ToArray();
        var bytes = new RawWorkbook().Sheet("Emplois", RawWorkbook.JobsHeader()).Replace("docProps/custom.xml", utf16).Build();
        WorkbookPreflight.Check(bytes, "x.xlsx", ImportLimits.Default)!.Code.Should().Be(ImportErrorCodes.Doctype);
    }

    [Test]
    public void A_doctype_straddling_two_read_buffers_is_found()
    {
        // The scanner reads 64 KiB at a time: put the declaration across that boundary.
        var padding = new string(' ', 64 * 1024 - 4);
        var bytes = new RawWorkbook().Sheet("Emplois", RawWorkbook.JobsHeader()).Replace("docProps/app.xml", padding + "<!DOCTYPE x><x/>").Build();
        WorkbookPreflight.Check(bytes, "x.xlsx", ImportLimits.Default)!.Code.Should().Be(ImportErrorCodes.Doctype);
    }

    /// <summary>A valid workbook plus a worksheet part of <paramref name="size"/> bytes of one repeated row.</summary>
    private static byte[] BombWorkbook(long size)
    {
        var valid = new RawWorkbook().Sheet("Emplois", RawWorkbook.JobsHeader()).Build();
        using var stream = new MemoryStream();
        stream.Write(valid);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("xl/worksheets/sheet9.xml", CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            for (long written = 0; written < size; written += chunk.Length)
            {
                entry.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
