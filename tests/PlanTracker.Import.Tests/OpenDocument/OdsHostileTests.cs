using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawOds;

namespace PlanTracker.Import.Tests.OpenDocument;

/// <summary>
/// .ods files built to hurt the reader: a bomb in content.xml, entities, a million repeated rows, outsized cells, bytes
/// that are no zip. Each is refused with a clear message inside the existing limits, or read fine when harmless.
/// </summary>
public class OdsHostileTests
{
    public static IEnumerable<HostileFile> Cases()
    {
        yield return new HostileFile("zip bomb in content.xml", "occupe plus de 200\u00A0Mo une fois décompressé") { FileName = "bombe.ods", Bytes = () => Bomb(201L * 1024 * 1024) };
        yield return new HostileFile("billion laughs in content.xml", "contient une déclaration DOCTYPE (partie content.xml)")
        {
            FileName = "rires.ods",
            Bytes = () => Package(Content(Table("Emplois", JobsHeader(), JobsLine(structure: "&l9;")), HostileWorkbooks.Laughs).Replace("&amp;l9;", "&l9;", StringComparison.Ordinal)),
        };
        yield return new HostileFile("external entity in content.xml", "DOCTYPE")
        {
            FileName = "xxe.ods",
            Bytes = () => Package(Content(Table("Emplois", JobsHeader(), JobsLine()), HostileWorkbooks.ExternalEntity)),
        };
        yield return new HostileFile("a million repeated rows with data beside the table", null)
        {
            FileName = "million.ods",
            JobsAdded = 3,
            Bytes = () => Build(Table("Emplois", JobsHeader(), JobsLine(), RepeatedRow(1_000_000, Empty(12), Text("note")))),
        };
        yield return new HostileFile("repeated rows with data past the last row of a sheet", "dépassent la ligne 1\u00A0048\u00A0576")
        {
            FileName = "milliard.ods",
            Bytes = () => Build(Table("Emplois", JobsHeader(), RepeatedRow(2_000_000_000, JobsCells()))),
        };
        yield return new HostileFile("a cell with data repeated past the last column", "dépassent la colonne XFD")
        {
            FileName = "colonnes.ods",
            Bytes = () => Build(Table("Emplois", JobsHeader(), Row([.. JobsCells(), """<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="1000000"/>"""]))),
        };
        yield return new HostileFile("a million repeated empty rows and columns after the lines", null)
        {
            FileName = "vide.ods",
            JobsAdded = 6,
            Bytes = () => Build(Table("Emplois", JobsHeader(), JobsLine(Sirets.Numbered(1)), JobsLine(Sirets.Numbered(2)),
                RepeatedRow(1_000_000, Empty(16_384)), RepeatedRow(2_000_000_000, Empty(1_000_000_000)))),
        };
        yield return new HostileFile("a 20-million-character cell in one text node", "sans balise (valeur démesurée)")
        {
            FileName = "texte.ods",
            Bytes = () => Build(Table("Emplois", JobsHeader(), Row([.. JobsCells(), Empty(2), Text(new string('x', 20_000_000))]))),
        };
        yield return new HostileFile("a 40-million-character cell in spans", "texte d'au moins 32\u00A0768 caractères")
        {
            FileName = "spans.ods",
            Bytes = () => Build(Table("Emplois", JobsHeader(), Row([.. JobsCells(), Empty(2),
                TextXml("<text:p>" + string.Concat(Enumerable.Repeat("<text:span>" + new string('x', 1_000_000) + "</text:span>", 40)) + "</text:p>")]))),
        };
        // Two billion spaces cut at 32,768 characters: the comment's "b" falls beyond, and trimmed it is "a".
        yield return new HostileFile("two billion text:s spaces", null)
        {
            JobsAdded = 3,
            FileName = "espaces.ods",
            Bytes = () => Build(Table("Emplois", JobsHeader(), Row([.. JobsCells(), Empty(2), TextXml("""<text:p>a<text:s text:c="2000000000"/>b</text:p>""")]))),
        };
        yield return new HostileFile("random bytes named .ods", "n'est pas un classeur OpenDocument (.ods)")
        {
            FileName = "hasard.ods",
            Bytes = () =>
            {
                var bytes = new byte[4096];
                new Random(8).NextBytes(bytes);
                bytes[0] = 0;
                return bytes;
            },
        };
        yield return new HostileFile("truncated .ods", "endommagé ou incomplet") { FileName = "coupe.ods", Bytes = () => Valid()[..(Valid().Length / 2)] };
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parser_answers_a_hostile_ods_cleanly(HostileFile file) => file.ParsesAsExpected();

    [Test]
    public void A_million_repeated_rows_with_data_stop_at_the_error_limit()
    {
        var bytes = Build(Table("Emplois", JobsHeader(), RepeatedRow(1_000_000, JobsCells(Sirets.Numbered(1)))));
        var watch = Stopwatch.StartNew();

        var parsed = TestParser.Parse(bytes, new ImportLimits { MaxErrors = 10 }, fileName: "million.ods");

        TestContext.Out.WriteLine($"{watch.ElapsedMilliseconds} ms");
        parsed.Errors.Should().HaveCount(11);
        parsed.Errors.Take(10).Should().OnlyContain(e => e.Code == ImportErrorCodes.DuplicateJobLine);
        parsed.Errors[^1].Code.Should().Be(ImportErrorCodes.TooManyErrors);
        parsed.Jobs.Should().BeEmpty();
        parsed.RowsRead.Should().Be(ImportLimits.Default.MaxDataLines, "the line limit stops the reading, a row repeated or not");
    }

    [Test]
    public void A_million_repeated_rows_allocate_no_row_each()
    {
        var bytes = Build(Table("Emplois", JobsHeader(), JobsLine(Sirets.Numbered(1)), RepeatedRow(1_000_000, Empty(16_384))));
        TestParser.Parse(bytes, fileName: "vide.ods");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var parsed = TestParser.Parse(bytes, fileName: "vide.ods");

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        TestContext.Out.WriteLine($"{allocated:N0} bytes allocated, {watch.ElapsedMilliseconds} ms");
        parsed.Errors.Should().BeEmpty();
        parsed.Jobs.Should().ContainSingle();
        allocated.Should().BeLessThan(5 * 1024 * 1024, "a million empty rows are one row element repeated, not a million rows");
    }

    private static byte[] Bomb(long size)
    {
        using var content = new MemoryStream();
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mimetype = archive.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
            {
                mimetype.Write(Encoding.ASCII.GetBytes(MimeType));
            }

            using var entry = archive.CreateEntry("content.xml", CompressionLevel.SmallestSize).Open();
            entry.Write(Encoding.UTF8.GetBytes(Content("").Replace("</office:spreadsheet>", "", StringComparison.Ordinal)));
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            for (long written = 0; written < size; written += chunk.Length)
            {
                entry.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
