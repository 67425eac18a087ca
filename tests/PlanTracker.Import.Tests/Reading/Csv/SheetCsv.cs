using System.Globalization;
using System.Text;
using PlanTracker.Import.Reading;
using PlanTracker.Import.Validation;

namespace PlanTracker.Import.Tests.Reading.Csv;

/// <summary>
/// A workbook sheet saved as CSV the way a French spreadsheet does: every row from the first, each as wide as the
/// sheet, numbers with a decimal comma, dates as dd/MM/yyyy, formulas by their value, fields quoted when they must be.
/// </summary>
internal static class SheetCsv
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Export(byte[] workbook, string sheetName, char separator)
    {
        using var package = XlsxPackage.Open(workbook);
        var rows = package.ReadRows(package.Sheets.Single(s => s.Name == sheetName)).ToList();
        var width = rows.SelectMany(r => r.Cells).Max(c => c.Column);
        var text = new StringBuilder();
        var next = 1;
        foreach (var row in rows)
        {
            // A row absent from the sheet is a blank line, as wide as the others.
            for (; next < row.Number; next++)
            {
                text.Append(separator, width - 1).Append("\r\n");
            }

            text.AppendJoin(separator, Enumerable.Range(1, width).Select(c => Quote(Field(row[c], package.Date1904), separator))).Append("\r\n");
            next = row.Number + 1;
        }

        return text.ToString();
    }

    private static string Field(CellValue value, bool date1904) => value.Kind switch
    {
        CellKind.Number when !value.IsDate && NumberText.TryFromDouble(value.Number, out var number) => number.ToString(French),
        _ => CellText.AsText(value, date1904),
    };

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
