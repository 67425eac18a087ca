using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanTracker.Bench.Workbooks;

/// <summary>Writes one sheet's rows as LibreOffice stores them: gaps as repeated empty rows and cells, every value typed.</summary>
internal sealed partial class OdsRowWriter(TextWriter text) : IRowWriter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private int _row;
    private int _column;

    /// <summary>The last row written (0 before the first).</summary>
    public int LastRow { get; private set; }

    public IRowWriter Row(int number)
    {
        End();
        if (number > LastRow + 1)
        {
            text.Write($"""<table:table-row table:style-name="ro1" table:number-rows-repeated="{number - LastRow - 1}"><table:table-cell table:number-columns-repeated="9"/></table:table-row>""");
        }

        text.Write("""<table:table-row table:style-name="ro1">""");
        _row = number;
        _column = 0;
        return this;
    }

    public void End()
    {
        if (_row > 0)
        {
            text.Write("</table:table-row>");
            LastRow = _row;
        }

        _row = 0;
    }

    public IRowWriter Text(int column, string? value, int style = 0)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Cell(column, $"""{Style(style)} office:value-type="string" calcext:value-type="string">""", XlsxWriter.Escape(value));
        }

        return this;
    }

    public IRowWriter Number(int column, decimal value)
    {
        var invariant = value.ToString(CultureInfo.InvariantCulture);
        Cell(column, $"""office:value-type="float" office:value="{invariant}" calcext:value-type="float">""", value.ToString(French));
        return this;
    }

    public IRowWriter Date(int column, DateOnly date)
    {
        Cell(column, $"""table:style-name="ce2" office:value-type="date" office:date-value="{date:yyyy-MM-dd}" calcext:value-type="date">""", date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        return this;
    }

    public IRowWriter Formula(int column, string formula, decimal cached)
    {
        // SUM(F4:F9) in Excel's syntax is of:=SUM([.F4:.F9]) in OpenFormula.
        var openFormula = "of:=" + Range().Replace(formula, "[.$1:.$2]");
        Cell(column, $"""table:formula="{XlsxWriter.Escape(openFormula)}" office:value-type="float" office:value="{cached.ToString(CultureInfo.InvariantCulture)}" calcext:value-type="float">""",
            cached.ToString(French));
        return this;
    }

    private void Cell(int column, string attributes, string display)
    {
        if (column > _column + 1)
        {
            text.Write($"""<table:table-cell table:number-columns-repeated="{column - _column - 1}"/>""");
        }

        text.Write("<table:table-cell ");
        text.Write(attributes);
        text.Write("<text:p>");
        text.Write(display);
        text.Write("</text:p></table:table-cell>");
        _column = column;
    }

    private static string Style(int style) => style switch
    {
        XlsxWriter.HeaderStyle => "table:style-name=\"ce1\"",
        XlsxWriter.DateStyle => "table:style-name=\"ce2\"",
        _ => "",
    };

    [GeneratedRegex("([A-Z]+[0-9]+):([A-Z]+[0-9]+)")]
    private static partial Regex Range();
}
