using SpreadCheetah.Worksheets;
using Spreadsheet = SpreadCheetah.Spreadsheet;
using StyledCell = SpreadCheetah.StyledCell;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// Writes one sheet holding one table: optional lines above it, a bold header, typed cells row by row (streamed: nothing
/// of a row is kept once written), the columns' widths, the rows down to the header frozen, and an auto filter over
/// the header and every data row (just the header when there is none).
/// </summary>
internal static class XlsxTable
{
    /// <summary>Excel counts a column's width with about 0.71 character of cell margin: widths are given in visible characters.</summary>
    private const double CellMargin = 0.710625;

    public static async Task WriteAsync<T>(Spreadsheet spreadsheet, XlsxStyles styles, string sheetName, IReadOnlyList<StyledCell[]> above,
        IReadOnlyList<Column<T>> columns, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        var headerRow = above.Count + 1;
        var options = new WorksheetOptions
        {
            FrozenRows = headerRow,
            AutoFilter = new AutoFilterOptions($"A{headerRow}:{ColumnName(columns.Count)}{headerRow + rows.Count}"),
        };
        for (var c = 0; c < columns.Count; c++)
        {
            options.Column(c + 1).Width = columns[c].Width + CellMargin;
        }

        await spreadsheet.StartWorksheetAsync(sheetName, options, cancellationToken);
        foreach (var line in above)
        {
            await spreadsheet.AddRowAsync(line, cancellationToken);
        }

        await spreadsheet.AddRowAsync(columns.Select(c => styles.Text(c.Header, styles.Header)).ToArray(), cancellationToken);
        var cells = new StyledCell[columns.Count];
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                cells[c] = styles.For(columns[c].Value(row));
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }
    }

    /// <summary>1 → A, 16 → P, 27 → AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
