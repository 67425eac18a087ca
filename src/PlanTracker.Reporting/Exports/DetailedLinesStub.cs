using ClosedXML.Excel;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// What ClosedXML still writes of "Lignes détaillées": the header (bold, wrapped, bordered), the column widths, the
/// frozen header row and the auto filter, plus one sample cell per cell style in row 2. ClosedXML needs about 130 µs
/// per line (13 s for 100,000 lines), so <see cref="DetailedLinesPart"/> writes the rows in place of row 2. The
/// samples are written through <see cref="XlsxTable.Set"/>, the path every cell took before, so styles.xml holds
/// exactly the styles ClosedXML would have given each cell, and the streamed rows reuse their indexes.
/// </summary>
internal static class DetailedLinesStub
{
    public const int HeaderRow = 1;
    public const int SampleRow = 2;

    /// <summary>
    /// One cell per style a column of <see cref="ExportColumns.DetailedLines"/> can produce, in the order they sit in
    /// row 2. A column with another format makes the export throw (every test would fail) rather than guess a style.
    /// </summary>
    public static IReadOnlyList<Cell> Samples { get; } =
    [
        Cell.Of("x"),
        Cell.Of("=x"),
        Cell.Of(0m, Cell.Integer),
        Cell.Of(0m, Cell.OneDecimal),
        Cell.Of(0m, Cell.Percent),
        Cell.Of(new DateOnly(2000, 1, 1)),
        Cell.Of(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)),
    ];

    public static void Write(IXLWorksheet sheet)
    {
        XlsxTable.Write(sheet, HeaderRow, ExportColumns.DetailedLines, []);
        for (var i = 0; i < Samples.Count; i++)
        {
            XlsxTable.Set(sheet.Cell(SampleRow, i + 1), Samples[i]);
        }
    }

    /// <summary>What decides a cell's style: its type, its number format, and the quote prefix of formula-like text.</summary>
    public static StyleKey KeyOf(Cell cell) =>
        new(cell.Kind, cell.Kind == CellKind.Text ? null : cell.Format, cell.Kind == CellKind.Text && FormulaGuard.IsRisky(cell.Text));
}

internal readonly record struct StyleKey(CellKind Kind, string? Format, bool QuotePrefix);
