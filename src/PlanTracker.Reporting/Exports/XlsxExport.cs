using PlanTracker.Core.Notes;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using CompressionLevel = SpreadCheetah.SpreadCheetahCompressionLevel;
using Spreadsheet = SpreadCheetah.Spreadsheet;
using SpreadsheetOptions = SpreadCheetah.SpreadCheetahOptions;
using StyledCell = SpreadCheetah.StyledCell;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// The analysts' workbook: Synthèse (status figures), Emplois and Coopératives (quarter × axis × commune), Lignes
/// détaillées (every line with its source batch, file and row), Pipeline (job quality and the cooperative pipeline,
/// with the pipeline forecast's sentence above). Figures as they stood at the end of the as-of quarter.
/// </summary>
public static class XlsxExport
{
    public const string SummarySheet = "Synthèse";
    public const string JobsSheet = "Emplois";
    public const string CooperativesSheet = "Coopératives";
    public const string LinesSheet = "Lignes détaillées";
    public const string PipelineSheet = "Pipeline";

    /// <summary>Rows above the Synthèse table: title, as-of quarter, last import.</summary>
    public const int SummaryHeaderRow = 5;

    private static SpreadsheetOptions Options => new()
    {
        // Fastest keeps the 100,000-line export within the full report's 2 s (docs/performance.md).
        CompressionLevel = CompressionLevel.Fastest,
        // Explicit cell references: some readers need them (the OLE DB provider for Excel files, Spreadsheet Compare).
        WriteCellReferenceAttributes = true,
        // Leading and trailing spaces or tabs of typed text are part of it.
        PreserveStringWhitespace = true,
    };

    /// <param name="lines">Detailed lines; those after the snapshot's as-of quarter are left out.</param>
    /// <param name="notes">The as-of quarter's notes in force, listed below the Synthèse table; null for none.</param>
    public static async Task WriteAsync(PlanSnapshot snapshot, IReadOnlyList<DetailedLine> lines, DateTimeOffset? lastImport, Stream output,
        CancellationToken cancellationToken = default, QuarterNotes? notes = null)
    {
        using var package = await BuildAsync(snapshot, lines, lastImport, notes, cancellationToken);
        package.Position = 0;
        await package.CopyToAsync(output, cancellationToken);
    }

    /// <inheritdoc cref="WriteAsync"/>
    public static async Task<byte[]> ToBytesAsync(PlanSnapshot snapshot, IReadOnlyList<DetailedLine> lines, DateTimeOffset? lastImport,
        CancellationToken cancellationToken = default, QuarterNotes? notes = null)
    {
        using var package = await BuildAsync(snapshot, lines, lastImport, notes, cancellationToken);
        return package.ToArray();
    }

    /// <summary>
    /// The whole package in memory: the quote prefix is set once SpreadCheetah has finished it, which needs a seekable
    /// stream; the rows themselves are not kept, only their compressed XML.
    /// </summary>
    private static async Task<MemoryStream> BuildAsync(PlanSnapshot snapshot, IReadOnlyList<DetailedLine> lines, DateTimeOffset? lastImport,
        QuarterNotes? notes, CancellationToken cancellationToken)
    {
        // Sized for the compressed rows (about 125 bytes a line) so that the buffer is not regrown and copied on the way:
        // keeps the full report of 100,000 lines within its 2 s (docs/performance.md).
        var package = new MemoryStream(64 * 1024 + (lines.Count * 128));
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(package, Options, cancellationToken))
        {
            var styles = new XlsxStyles(spreadsheet);
            await XlsxTable.WriteAsync(spreadsheet, styles, SummarySheet, SummaryTitle(styles, snapshot, lastImport), ExportColumns.Summary,
                SummaryRow.From(snapshot).ToList(), cancellationToken);
            await XlsxNotes.AppendAsync(spreadsheet, styles, snapshot, notes, cancellationToken);
            await XlsxTable.WriteAsync(spreadsheet, styles, JobsSheet, [], ExportColumns.Flows("Emplois créés"),
                Aggregate(snapshot.Jobs.Flows).ToList(), cancellationToken);
            await XlsxTable.WriteAsync(spreadsheet, styles, CooperativesSheet, [], ExportColumns.Flows("Nouvelles coopératives"),
                Aggregate(snapshot.Cooperatives.Flows).ToList(), cancellationToken);
            await XlsxTable.WriteAsync(spreadsheet, styles, LinesSheet, [], ExportColumns.DetailedLines, InScope(lines, snapshot).ToList(), cancellationToken);
            var pipeline = PipelineFigures.Compute(snapshot.Plan, snapshot.AsOf, snapshot.Pipeline);
            await XlsxTable.WriteAsync(spreadsheet, styles, PipelineSheet, [[styles.Text(PipelineSentence.Forecast(pipeline.Forecast, "fr"), styles.Title)]],
                ExportColumns.Pipeline, PipelineRow.From(pipeline).ToList(), cancellationToken);
            await spreadsheet.FinishAsync(cancellationToken);
        }

        QuotePrefixStyle.Apply(package, XlsxStyles.QuotedTextName);
        return package;
    }

    /// <summary>The as-of filter and a stable order (quarter, type, commune, SIRET, file row), shared with the CSV export.</summary>
    internal static IEnumerable<DetailedLine> InScope(IEnumerable<DetailedLine> lines, PlanSnapshot snapshot) =>
        lines.Where(l => l.Quarter <= snapshot.AsOf)
            .OrderBy(l => l.Quarter).ThenBy(l => l.Kind).ThenBy(l => l.Commune.Name, StringComparer.Ordinal)
            .ThenBy(l => l.Siret, StringComparer.Ordinal).ThenBy(l => l.BatchId).ThenBy(l => l.SourceRow);

    /// <summary>One row per quarter × axis × commune, in that order, whatever the flows' order or duplicates.</summary>
    internal static IEnumerable<Flow> Aggregate(IEnumerable<Flow> flows) =>
        flows.GroupBy(f => (f.Quarter, f.Axis, f.Commune))
            .Select(g => new Flow(g.Key.Quarter, g.Key.Axis, g.Key.Commune, g.Sum(f => f.Value)))
            .OrderBy(f => f.Quarter).ThenBy(f => f.Axis.Code).ThenBy(f => f.Commune.Name, StringComparer.Ordinal);

    /// <summary>The lines above the Synthèse table: title, as-of quarter and its last day, last import (UTC), plan dates.</summary>
    private static List<StyledCell[]> SummaryTitle(XlsxStyles styles, PlanSnapshot snapshot, DateTimeOffset? lastImport) =>
    [
        [styles.Text($"PlanTracker — {snapshot.Plan.Name} — {snapshot.Plan.TerritoryName}", styles.Title)],
        [styles.Text("Situation à la fin du trimestre"), styles.Text(snapshot.AsOf.ToString()), styles.For(Cell.Of(snapshot.AsOf.LastDay))],
        [styles.Text("Dernier import (UTC)"), lastImport is null ? styles.Text("aucun import") : styles.For(Cell.Of(lastImport))],
        [styles.Text($"Plan du {Display.Date(snapshot.Plan.Start)} au {Display.Date(snapshot.Plan.Deadline)}")],
    ];
}
