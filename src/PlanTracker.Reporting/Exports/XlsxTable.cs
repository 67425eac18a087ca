using ClosedXML.Excel;

namespace PlanTracker.Reporting.Exports;

/// <summary>Writes one table on a sheet: bold header, typed cells, widths, frozen header rows and an auto filter.</summary>
internal static class XlsxTable
{
    public static void Write<T>(IXLWorksheet sheet, int headerRow, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            FormulaGuard.SetText(sheet.Cell(headerRow, c + 1), columns[c].Header);
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        var header = sheet.Range(headerRow, 1, headerRow, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;

        var row = headerRow;
        foreach (var item in rows)
        {
            row++;
            for (var c = 0; c < columns.Count; c++)
            {
                Set(sheet.Cell(row, c + 1), columns[c].Value(item));
            }
        }

        sheet.SheetView.FreezeRows(headerRow);
        // The filter covers the header and every data row (just the header when there is none).
        sheet.Range(headerRow, 1, row, columns.Count).SetAutoFilter();
    }

    public static void Set(IXLCell cell, Cell value)
    {
        switch (value.Kind)
        {
            case CellKind.Text:
                FormulaGuard.SetText(cell, value.Text);
                break;
            case CellKind.Number:
                cell.SetValue(value.Number);
                cell.Style.NumberFormat.Format = value.Format;
                break;
            case CellKind.Date:
                cell.SetValue(value.Date);
                cell.Style.NumberFormat.Format = value.Format;
                break;
        }
    }
}
