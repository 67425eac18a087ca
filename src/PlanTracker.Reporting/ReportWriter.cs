using System.Diagnostics;
using System.Text;
using PlanTracker.Core.Progress;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Exports;
using PlanTracker.Reporting.Html;

namespace PlanTracker.Reporting;

/// <summary>The entry points the CLI (`report`, `export`, `demo`) and later the web dashboard call.</summary>
public static class ReportWriter
{
    public const string ReportFileName = "report.html";

    // No BOM in HTML or SVG: the page declares its charset, and a BOM before <?xml … ?> upsets some SVG readers.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The charts of <see cref="ReportCharts.All"/> as PNG and SVG (emplois-crees, nouvelles-cooperatives,
    /// progression-par-axe, par-commune, flux-trimestriel) and report.html, into <paramref name="outDir"/> (created if
    /// needed; files overwritten).
    /// </summary>
    /// <exception cref="ChartFontMissingException">The chart font is not installed: nothing is written.</exception>
    public static Task<ReportFiles> WriteAllAsync(PlanSnapshot snapshot, ReportContext context, string outDir, CancellationToken cancellationToken = default) =>
        WriteAllAsync(snapshot, context, outDir, ReportCharts.All, cancellationToken);

    /// <summary>The same with the given <paramref name="charts"/>, in that order.</summary>
    /// <exception cref="ChartFontMissingException">The chart font is not installed: nothing is written.</exception>
    public static async Task<ReportFiles> WriteAllAsync(
        PlanSnapshot snapshot, ReportContext context, string outDir, IReadOnlyList<Chart> charts, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var rendered = ReportCharts.RenderAll(snapshot, context, charts);
        var names = rendered.SelectMany(c => new[] { c.FileStem + ".png", c.FileStem + ".svg" }).Append(ReportFileName).ToList();
        var html = HtmlReport.Build(snapshot, context, rendered, names);
        var renderTime = clock.Elapsed;

        var directory = Path.GetFullPath(outDir);
        Directory.CreateDirectory(directory);
        foreach (var chart in rendered)
        {
            await File.WriteAllBytesAsync(Path.Combine(directory, chart.FileStem + ".png"), chart.Png, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(directory, chart.FileStem + ".svg"), chart.Svg, Utf8, cancellationToken);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, ReportFileName), html, Utf8, cancellationToken);
        return new ReportFiles(directory, names.Select(n => Path.Combine(directory, n)).ToList(), renderTime);
    }

    /// <summary>The analysts' workbook (Synthèse, Emplois, Coopératives, Lignes détaillées) at <paramref name="path"/>.</summary>
    public static async Task WriteXlsxAsync(PlanSnapshot snapshot, IReadOnlyList<DetailedLine> lines, DateTimeOffset? lastImport, string path,
        CancellationToken cancellationToken = default, Core.Notes.QuarterNotes? notes = null)
    {
        // Built in memory, then written in one go: no half-written file if the export fails.
        var bytes = await XlsxExport.ToBytesAsync(snapshot, lines, lastImport, cancellationToken, notes);
        await WriteFileAsync(path, bytes, cancellationToken);
    }

    /// <summary>The detailed lines as CSV (UTF-8 with BOM); <paramref name="separator"/> is ';' (French Excel) or ','.</summary>
    public static async Task WriteCsvAsync(PlanSnapshot snapshot, IReadOnlyList<DetailedLine> lines, string path, char separator = ';', CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        CsvExport.WriteDetailedLines(snapshot, lines, buffer, separator);
        await WriteFileAsync(path, buffer.ToArray(), cancellationToken);
    }

    private static async Task WriteFileAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, cancellationToken);
    }
}
