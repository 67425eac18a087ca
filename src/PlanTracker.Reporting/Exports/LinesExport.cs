using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using CompressionLevel = SpreadCheetah.SpreadCheetahCompressionLevel;
using Spreadsheet = SpreadCheetah.Spreadsheet;
using SpreadsheetOptions = SpreadCheetah.SpreadCheetahOptions;
using StyledCell = SpreadCheetah.StyledCell;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// The lines behind one figure (the drill-down's filtered list) as CSV or as a one-sheet workbook: the same columns as
/// the page, the comment included (exports are for the roles that read comments), formula injection neutralised by the
/// writers every export uses.
/// </summary>
public static class LinesExport
{
    public const string SheetName = "Lignes";

    /// <summary>CSV as <see cref="CsvExport"/> writes it: BOM, <c>;</c> with decimal comma by default, or <c>,</c> with a dot.</summary>
    public static void WriteCsv(Indicator indicator, IReadOnlyList<DetailedLine> lines, Stream output, char separator = ';') =>
        CsvExport.Write(output, separator, Columns(indicator), lines);

    /// <summary>The workbook: <paramref name="title"/> (what the list is) above the table.</summary>
    public static async Task<byte[]> ToXlsxBytesAsync(Indicator indicator, IReadOnlyList<DetailedLine> lines, string title,
        CancellationToken cancellationToken = default)
    {
        using var package = new MemoryStream(64 * 1024 + (lines.Count * 128));
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(package, new SpreadsheetOptions { CompressionLevel = CompressionLevel.Fastest }, cancellationToken))
        {
            var styles = new XlsxStyles(spreadsheet);
            List<StyledCell[]> above = [[styles.Text(title, styles.Title)]];
            await XlsxTable.WriteAsync(spreadsheet, styles, SheetName, above, Columns(indicator), lines, cancellationToken);
            await spreadsheet.FinishAsync(cancellationToken);
        }

        QuotePrefixStyle.Apply(package, XlsxStyles.QuotedTextName);
        return package.ToArray();
    }

    internal static IReadOnlyList<Column<DetailedLine>> Columns(Indicator indicator) =>
        indicator == Indicator.Jobs ? JobColumns : CooperativeColumns;

    private static readonly Column<DetailedLine>[] Source =
    [
        new("Lot d'import", 11, l => Cell.Of(l.BatchId)),
        new("Fichier", 30, l => Cell.Of(l.FileName)),
        new("Feuille", 16, l => Cell.Of(l.SourceSheet)),
        new("Ligne", 7, l => Cell.Of(l.SourceRow)),
        new("Importé le (UTC)", 17, l => Cell.Of(l.ImportedAt)),
        new("Importé par", 16, l => Cell.Of(l.ImportedBy)),
    ];

    private static readonly Column<DetailedLine>[] JobColumns =
    [
        new("Trimestre", 10, l => Cell.Of(l.Quarter.ToString())),
        new("Structure", 36, l => Cell.Of(l.Name)),
        new("SIRET", 16, l => Cell.Of(l.Siret)),
        new("Commune", 20, l => Cell.Of(l.Commune.Name)),
        new("Axe", 6, l => Cell.Of(l.Axis.Code)),
        new("Type de contrat", 20, l => Cell.Of(l.ContractType?.Label())),
        new("Emplois", 9, l => Cell.Of(l.Jobs)),
        new("ETP", 8, l => Cell.Of(l.Fte, Cell.OneDecimal)),
        new("Commentaire", 40, l => Cell.Of(l.Comment)),
        .. Source,
    ];

    private static readonly Column<DetailedLine>[] CooperativeColumns =
    [
        new("Trimestre", 10, l => Cell.Of(l.Quarter.ToString())),
        new("Coopérative", 36, l => Cell.Of(l.Name)),
        new("SIRET", 16, l => Cell.Of(l.Siret)),
        new("Commune", 20, l => Cell.Of(l.Commune.Name)),
        new("Axe", 6, l => Cell.Of(l.Axis.Code)),
        new("Forme juridique", 20, l => Cell.Of(l.LegalForm?.Label())),
        new("Date de création", 14, l => Cell.Of(l.CreationDate)),
        new("Emplois à la création", 12, l => Cell.Of(l.Jobs)),
        new("Origine", 26, l => Cell.Of(l.Origin?.Label())),
        new("Date de cessation", 14, l => Cell.Of(l.CessationDate)),
        .. Source,
    ];
}
