using System.IO.Compression;
using System.Text;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Cli.Tests.Reliability.Workbooks;

/// <summary>
/// Writes big workbooks straight to disk, part by part, never holding a part in memory: the parts of a small valid
/// <see cref="RawWorkbook"/>, with some replaced by a generator writing into the zip entry.
/// </summary>
internal static class StreamedWorkbook
{
    public static void Write(string path, RawWorkbook small, IReadOnlyDictionary<string, Action<TextWriter>> streamed, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var file = File.Create(path);
        using var archive = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in small.Parts().Where(p => !streamed.ContainsKey(p.Name)))
        {
            using var entry = archive.CreateEntry(name, level).Open();
            entry.Write(content);
        }

        foreach (var (name, write) in streamed)
        {
            using var entry = archive.CreateEntry(name, level).Open();
            using var writer = new StreamWriter(entry, new UTF8Encoding(false), 1 << 16);
            write(writer);
        }
    }

    /// <summary>The parts of <paramref name="small"/>, with <paramref name="part"/> written by <paramref name="write"/>.</summary>
    public static void Write(string path, RawWorkbook small, string part, Action<TextWriter> write, CompressionLevel level = CompressionLevel.Optimal) =>
        Write(path, small, new Dictionary<string, Action<TextWriter>> { [part] = write }, level);

    /// <summary>A valid workbook of <paramref name="lines"/> distinct valid job lines (see <see cref="JobsSheet"/>).</summary>
    public static void WriteJobs(string path, int lines, int firstSiret = 1, int jobs = 1) =>
        Write(path, JobsStrings(new RawWorkbook().ValidJobs()), "xl/worksheets/sheet1.xml", JobsSheet(lines, firstSiret, jobs));

    /// <summary>A part made of <paramref name="block"/> written <paramref name="times"/> times between a head and a tail.</summary>
    public static Action<TextWriter> Repeated(string head, string block, int times, string tail) => w =>
    {
        w.Write(head);
        for (var i = 0; i < times; i++)
        {
            w.Write(block);
        }

        w.Write(tail);
    };

    /// <summary>A jobs sheet of <paramref name="lines"/> valid lines (distinct SIRETs), shared strings 0–2 for quarter, name, commune.</summary>
    public static Action<TextWriter> JobsSheet(int lines, int firstSiret = 1, int jobs = 1, int lastRow = 0) => w =>
    {
        w.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""");
        w.Write(JobsHeader());
        for (var i = 0; i < lines; i++)
        {
            var r = i + 2;
            w.Write($"""<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}"><v>{Sirets.Numbered(firstSiret + i)}</v></c><c r="C{r}" t="s"><v>1</v></c><c r="D{r}" t="s"><v>2</v></c><c r="E{r}"><v>{1 + i % 3}</v></c><c r="F{r}"><v>{jobs}</v></c></row>""");
        }

        w.Write("</sheetData></worksheet>");
    };

    /// <summary>The shared strings <see cref="JobsSheet"/> refers to.</summary>
    public static RawWorkbook JobsStrings(RawWorkbook workbook, string quarter = "2025-T1") =>
        workbook.SharedString($"<t>{quarter}</t>").SharedString("<t>Régie de quartier</t>").SharedString("<t>Sevran</t>");
}
