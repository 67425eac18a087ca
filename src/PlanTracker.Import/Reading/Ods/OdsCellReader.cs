using System.Globalization;
using System.Xml;

namespace PlanTracker.Import.Reading.Ods;

/// <summary>
/// One <c>table:table-cell</c> as the same <see cref="CellValue"/> an .xlsx cell gives: numbers (float, percentage,
/// currency) from <c>office:value</c>, dates from <c>office:date-value</c> as the serial Excel stores, times as a
/// fraction of a day, booleans, text from its paragraphs. A formula is read by the value LibreOffice saved with it.
/// </summary>
internal sealed class OdsCellReader
{
    private readonly OdsText _text = new();

    /// <summary>Reader on the cell's start tag; leaves it on the node after the cell.</summary>
    public CellValue Read(XmlReader reader)
    {
        var type = reader.GetAttribute("value-type", Odf.Office);
        if (reader.GetAttribute("value-type", Odf.CalcExt) == "error")
        {
            // LibreOffice saves an error result as a number 0 plus its code as the displayed text (#DIV/0!, Err:502).
            return new CellValue(CellKind.Error, _text.ReadCell(reader).Trim());
        }

        switch (type)
        {
            case "float" or "percentage" or "currency":
                return Skip(reader, Number(reader.GetAttribute("value", Odf.Office)));
            case "date":
                return Skip(reader, reader.GetAttribute("date-value", Odf.Office) is { } date ? IsoDateCell.From(date, date1904: false) : CellValue.Blank);
            case "time":
                return Skip(reader, Time(reader.GetAttribute("time-value", Odf.Office)));
            case "boolean":
                return Skip(reader, new CellValue(CellKind.Boolean, reader.GetAttribute("boolean-value", Odf.Office)?.Trim() is "true" or "1" ? "1" : "0"));
            case "string" when reader.GetAttribute("string-value", Odf.Office) is { } value:
                // A formula's text result; an attribute is already held whole (the markup guard bounds it), only cut here.
                return Skip(reader, CellValue.FromText(value.Length > Ooxml.MaxTextLength ? value[..Ooxml.MaxTextLength] : value));
            case null when reader.GetAttribute("formula", Odf.Table) is not null:
                return Skip(reader, new CellValue(CellKind.FormulaWithoutValue, ""));
        }

        // A string cell, or a cell without a type whose paragraphs hold text anyway.
        var text = _text.ReadCell(reader);
        return type is null && text.Length == 0 ? CellValue.Blank : CellValue.FromText(text);
    }

    private static CellValue Skip(XmlReader reader, CellValue value)
    {
        reader.Skip();
        return value;
    }

    private static CellValue Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new CellValue(CellKind.Number, value!.Trim(), number)
            : value is null ? CellValue.Blank : CellValue.FromText(value);

    // PT10H30M00S: stored by Excel as a fraction of a day in a time format, which the parser takes for a date format.
    private static CellValue Time(string? value)
    {
        try
        {
            var fraction = value is null ? 0 : XmlConvert.ToTimeSpan(value).TotalDays;
            return value is null ? CellValue.Blank : new CellValue(CellKind.Number, fraction.ToString("R", CultureInfo.InvariantCulture), fraction, IsDate: true);
        }
        catch (FormatException)
        {
            return CellValue.FromText(value!);
        }
    }
}
