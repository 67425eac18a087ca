using System.Globalization;

namespace PlanTracker.Bench.Workbooks;

/// <summary>Writes one row's cells, in column order, as Excel stores them.</summary>
internal sealed class RowWriter(TextWriter text, XlsxWriter workbook) : IRowWriter
{
    private int _row;

    public IRowWriter Row(int number)
    {
        if (_row > 0)
        {
            text.Write("</row>");
        }

        _row = number;
        text.Write($"<row r=\"{number}\">");
        return this;
    }

    public void End()
    {
        if (_row > 0)
        {
            text.Write("</row>");
        }

        _row = 0;
    }

    public IRowWriter Text(int column, string? value, int style = 0)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Write($"<c r=\"{Reference(column)}\"{Style(style)} t=\"s\"><v>{workbook.StringIndex(value)}</v></c>");
        }

        return this;
    }

    public IRowWriter Number(int column, decimal value) =>
        Raw(column, value.ToString(CultureInfo.InvariantCulture), 0);

    public IRowWriter Date(int column, DateOnly date) =>
        Raw(column, (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture), XlsxWriter.DateStyle);

    public IRowWriter Formula(int column, string formula, decimal cached)
    {
        text.Write($"<c r=\"{Reference(column)}\"><f>{XlsxWriter.Escape(formula)}</f><v>{cached.ToString(CultureInfo.InvariantCulture)}</v></c>");
        return this;
    }

    private RowWriter Raw(int column, string value, int style)
    {
        text.Write($"<c r=\"{Reference(column)}\"{Style(style)}><v>{value}</v></c>");
        return this;
    }

    private string Reference(int column) => $"{(char)('A' + column - 1)}{_row}";

    private static string Style(int style) => style == 0 ? "" : $" s=\"{style}\"";
}
