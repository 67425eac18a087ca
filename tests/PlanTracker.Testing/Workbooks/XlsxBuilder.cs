using ClosedXML.Excel;

namespace PlanTracker.Testing.Workbooks;

/// <summary>
/// Writes a real .xlsx with ClosedXML, as Excel users produce them: strings stay strings (SetValue&lt;string&gt;),
/// numbers are number cells, DateTime/DateOnly are date-formatted number cells, null leaves a cell empty.
/// </summary>
public sealed class XlsxBuilder
{
    private readonly XLWorkbook _workbook = new();

    public XlsxBuilder Sheet(string name, params object?[][] rows) => SheetAt(name, 1, rows);

    public XlsxBuilder SheetAt(string name, int firstRow, params object?[][] rows)
    {
        var sheet = _workbook.Worksheets.Add(name);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                Set(sheet.Cell(firstRow + r, c + 1), rows[r][c]);
            }
        }

        return this;
    }

    public XlsxBuilder Edit(string sheet, Action<IXLWorksheet> edit)
    {
        edit(_workbook.Worksheet(sheet));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        _workbook.SaveAs(stream);
        _workbook.Dispose();
        return stream.ToArray();
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null or Blank:
                break;
            case string s:
                cell.SetValue(s);
                break;
            case DateOnly d:
                Set(cell, d.ToDateTime(TimeOnly.MinValue));
                break;
            case DateTime d:
                cell.SetValue(d);
                cell.Style.NumberFormat.Format = "dd/mm/yyyy";
                break;
            case bool b:
                cell.SetValue(b);
                break;
            case int or long or double or decimal:
                cell.SetValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"Unsupported test cell value {value.GetType()}");
        }
    }
}
