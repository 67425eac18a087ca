using System.IO.Compression;
using System.Text;
using PlanTracker.Cli.Tests.Reliability.Workbooks;
using PlanTracker.Testing.Processes;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// Uploads built to exhaust time or memory, each imported by a real <c>plantracker</c> process: the answer within 30 s,
/// peak memory under 500 MB, the documented exit code and message, the figures unchanged.
/// </summary>
[NonParallelizable]
public class HeavyUploadTests
{
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(30);
    private const double MaxMegabytes = 500;

    public static IEnumerable<HostileCase> Cases()
    {
        yield return new HostileCase("zip bomb: a 1 GB sheet in a small file", 1, "bombe zip")
        {
            Write = path => StreamedWorkbook.Write(path, new RawWorkbook().ValidJobs(), "xl/worksheets/sheet1.xml", StreamedWorkbook.Repeated(
                $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""", new string(' ', 1 << 20), 1024, "</sheetData></worksheet>"),
                CompressionLevel.SmallestSize),
        };
        yield return new HostileCase("overlapping-entries zip bomb (1,000 entries sharing one 5 MB body)", 1, "bombe zip")
        {
            Bytes = OverlappingBomb,
        };
        yield return new HostileCase("1,048,576 rows (Excel's maximum)", 1, "lignes de données (limite)")
        {
            Write = path => StreamedWorkbook.Write(path, StreamedWorkbook.JobsStrings(new RawWorkbook().ValidJobs()), "xl/worksheets/sheet1.xml", MaximumRows,
                CompressionLevel.SmallestSize),
        };
        yield return new HostileCase("38 million empty shared strings", 1, "plus de 5 000 000 textes partagés")
        {
            Write = path => StreamedWorkbook.Write(path, new RawWorkbook().Sheet("Feuil1"), "xl/sharedStrings.xml", StreamedWorkbook.Repeated(
                $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">""", string.Concat(Enumerable.Repeat("<si/>", 1000)), 38_000, "</sst>")),
        };
        yield return new HostileCase("38 million cell formats", 1, "plus de 1 000 000 formats de cellule")
        {
            Write = path => StreamedWorkbook.Write(path, new RawWorkbook().Sheet("Feuil1"), "xl/styles.xml", StreamedWorkbook.Repeated(
                $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"><cellXfs>""", string.Concat(Enumerable.Repeat("<xf/>", 1000)), 38_000,
                "</cellXfs></styleSheet>")),
        };
        yield return new HostileCase("a 100-million-character comment", 1, "sans balise")
        {
            MaxErrorLength = 5_000,
            Write = path => StreamedWorkbook.Write(path,
                new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('I', """<c r="I2" t="s"><v>0</v></c>"""))),
                "xl/sharedStrings.xml", StreamedWorkbook.Repeated(
                    $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}"><si><t>""", new string('x', 1 << 20), 100, "</t></si></sst>")),
        };
        yield return new HostileCase("a 150-million-character attribute", 1, "sans balise")
        {
            Write = path => StreamedWorkbook.Write(path, new RawWorkbook().Sheet("Emplois"), "xl/worksheets/sheet1.xml", StreamedWorkbook.Repeated(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" x=\"", new string('a', 1 << 20), 150,
                "\"><v>1</v></c></row></sheetData></worksheet>")),
        };
        yield return new HostileCase("a header row of 2 million cells without references", 1, "ligne d'en-têtes")
        {
            Write = path => StreamedWorkbook.Write(path, new RawWorkbook().Sheet("Emplois"), "xl/worksheets/sheet1.xml", StreamedWorkbook.Repeated(
                $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData><row>""", string.Concat(Enumerable.Repeat("<c><v>1</v></c>", 1000)), 2_000,
                "</row></sheetData></worksheet>")),
        };
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_heavy_upload_is_refused_within_30_s_and_500_MB(HostileCase upload)
    {
        using var cli = new CliRun();
        Baseline.CopyTo(cli.DbPath);
        var before = await Figures.SnapshotAsync(cli);
        var path = upload.WriteTo(cli.Folder);
        TestContext.Out.WriteLine($"{upload.Name}: {new FileInfo(path).Length:N0} bytes on disk");

        var result = ChildProcess.Run(cli.Folder, TimeSpan.FromSeconds(60), "import", path, "--db", cli.DbPath, "--user", "hostile");

        TestContext.Out.WriteLine($"{upload.Name}: {result}");
        TestContext.Out.WriteLine(result.Error.Length <= 2_000 ? result.Error : result.Error[..2_000]);
        result.Exit.Should().Be(upload.Exit, result.Error);
        (result.Out + result.Error).Should().Contain(upload.Fragment);
        result.Error.Should().NotContain("   at ").And.NotContain("Erreur interne");
        result.Error.Length.Should().BeLessThan(upload.MaxErrorLength);
        result.Elapsed.Should().BeLessThan(MaxTime);
        result.PeakMegabytes.Should().BeLessThan(MaxMegabytes);
        (await Figures.SnapshotAsync(cli)).Should().Be(before);
    }

    /// <summary>
    /// Every row of the grid filled: 100,001 distinct valid lines (one past the limit), then the same line to row
    /// 1,048,576. Rows and cells without references, as some writers save them, to stay under 20 MB on disk.
    /// </summary>
    private static void MaximumRows(TextWriter w)
    {
        w.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""");
        w.Write(JobsHeader());
        for (var i = 0; i < 1_048_575; i++)
        {
            var siret = Sirets.Numbered(Math.Min(i, 100_001));
            w.Write($"""<row><c t="s"><v>0</v></c><c><v>{siret}</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c><v>1</v></c><c><v>1</v></c></row>""");
        }

        w.Write("</sheetData></worksheet>");
    }

    /// <summary>
    /// David Fifield's non-recursive bomb: many central-directory entries pointing at the same compressed body, so that
    /// a small file decompresses to gigabytes while every entry looks ordinary.
    /// </summary>
    private static byte[] OverlappingBomb()
    {
        var zip = new RawWorkbook().ValidJobs().Add("xl/media/kernel.xml", Encoding.ASCII.GetBytes(new string(' ', 5 << 20))).Build();
        var eocd = zip.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        var cdOffset = BitConverter.ToInt32(zip, eocd + 16);
        var cdSize = BitConverter.ToInt32(zip, eocd + 12);
        var entries = BitConverter.ToUInt16(zip, eocd + 10);
        var records = new List<byte[]>();
        byte[]? kernel = null;
        for (var at = cdOffset; at < cdOffset + cdSize;)
        {
            var length = 46 + BitConverter.ToUInt16(zip, at + 28) + BitConverter.ToUInt16(zip, at + 30) + BitConverter.ToUInt16(zip, at + 32);
            var record = zip.AsSpan(at, length).ToArray();
            records.Add(record);
            if (Encoding.UTF8.GetString(record, 46, BitConverter.ToUInt16(zip, at + 28)) == "xl/media/kernel.xml")
            {
                kernel = record;
            }

            at += length;
        }

        using var output = new MemoryStream();
        output.Write(zip, 0, cdOffset);
        foreach (var record in records)
        {
            output.Write(record);
        }

        const int copies = 1_000;
        for (var i = 0; i < copies; i++)
        {
            // Same body, same size and CRC, a name of the same length so that the record keeps its layout.
            var copy = (byte[])kernel!.Clone();
            Encoding.ASCII.GetBytes($"xl/media/k{i:D4}.xmlx"[..19]).CopyTo(copy, 46);
            output.Write(copy);
        }

        var newSize = (int)output.Length - cdOffset;
        var end = zip.AsSpan(eocd, 22).ToArray();
        BitConverter.GetBytes((ushort)(entries + copies)).CopyTo(end, 8);
        BitConverter.GetBytes((ushort)(entries + copies)).CopyTo(end, 10);
        BitConverter.GetBytes(newSize).CopyTo(end, 12);
        output.Write(end);
        return output.ToArray();
    }
}
