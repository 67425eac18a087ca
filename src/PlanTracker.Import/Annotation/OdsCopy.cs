using ClosedXML.Excel;
using PlanTracker.Import.Reading;
using PlanTracker.Import.Reading.Ods;

namespace PlanTracker.Import.Annotation;

/// <summary>
/// An .ods turned into an .xlsx for its annotated copy: ClosedXML reads and writes .xlsx only. Every sheet keeps its
/// name and every cell its place and value (text stays text, numbers numbers, dates dates), so the errors' cell
/// references hold in the copy; formatting, formulas (their values are kept) and the officer's comments are not carried.
/// </summary>
internal static class OdsCopy
{
    /// <summary>The .xlsx bytes, or null when the file cannot be read or holds more than a quarterly return ever does.</summary>
    public static byte[]? ToXlsx(byte[] ods, ImportLimits limits)
    {
        // Repeated rows are lazy when read, not once written out: a hostile file gets no copy rather than a huge one.
        var maxRows = 2L * limits.MaxDataLines + 1_000;
        var maxCells = 20L * maxRows;
        long rows = 0;
        long cells = 0;
        try
        {
            using var source = OdsSource.Open(ods, "workbook.ods");
            using var workbook = new XLWorkbook();
            foreach (var sheet in source.Sheets)
            {
                var worksheet = workbook.AddWorksheet(sheet.Name);
                foreach (var row in source.ReadRows(sheet))
                {
                    cells += row.Cells.Count;
                    if (++rows > maxRows || cells > maxCells)
                    {
                        return null;
                    }

                    foreach (var cell in row.Cells)
                    {
                        Write(worksheet.Cell(row.Number, cell.Column), cell.Value);
                    }
                }
            }

            if (workbook.Worksheets.Count == 0)
            {
                return null;
            }

            using var output = new MemoryStream();
            workbook.SaveAs(output);
            return output.ToArray();
        }
        catch (Exception)
        {
            // No copy is the answer to anything that goes wrong here: the error report itself still stands.
            return null;
        }
    }

    private static void Write(IXLCell cell, CellValue value)
    {
        switch (value.Kind)
        {
            case CellKind.Number when value.IsDate && value.Number >= 1 && value.Number < 2_958_466:
                cell.SetValue(DateTime.FromOADate(value.Number));
                cell.Style.DateFormat.Format = "dd/mm/yyyy";
                break;
            case CellKind.Number:
                cell.SetValue(value.Number);
                break;
            case CellKind.Boolean:
                cell.SetValue(value.Text == "1");
                break;
            case CellKind.FormulaWithoutValue:
                break;
            default:
                // SetValue<string>: "01234" or "TRUE" must stay the text it was; an error code is kept as its text.
                cell.SetValue(value.Text);
                break;
        }
    }
}
