using System.Globalization;
using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>
/// Streams the rows of one worksheet part: one row in memory at a time, whatever the sheet's size. Numbers are read
/// from the XML with the invariant culture; formulas by their cached value.
/// </summary>
internal sealed class WorksheetReader(SharedStrings strings, CellStyles styles, bool date1904)
{
    public IEnumerable<SheetRow> ReadRows(XmlReader reader)
    {
        using (reader)
        {
            while (!reader.EOF && !reader.IsMain("sheetData"))
            {
                reader.Read();
            }

            if (reader.EOF || reader.IsEmptyElement)
            {
                yield break;
            }

            var depth = reader.Depth;
            var previous = 0;
            // One buffer for the whole sheet: each row then gets an array of its exact size (one allocation, not a
            // growing list), and the rows stay independent of one another.
            var cells = new List<SheetCell>(16);
            reader.Read();
            while (!reader.EOF && !reader.IsEndOf(depth))
            {
                if (reader.IsMain("row"))
                {
                    var row = ReadRow(reader, previous, cells);
                    previous = row.Number;
                    yield return row;
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }
        }
    }

    private SheetRow ReadRow(XmlReader reader, int previous, List<SheetCell> cells)
    {
        // Some writers omit r: rows and cells then follow one another.
        var number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : previous + 1;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new SheetRow(number, []);
        }

        var depth = reader.Depth;
        cells.Clear();
        var column = 0;
        reader.Read();
        while (!reader.EOF && !reader.IsEndOf(depth))
        {
            if (reader.IsMain("c"))
            {
                var cell = ReadCell(reader, column);
                column = cell.Column;
                if (cell.Value.Kind != CellKind.Blank)
                {
                    cells.Add(cell);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return new SheetRow(number, cells.ToArray());
    }

    private SheetCell ReadCell(XmlReader reader, int previousColumn)
    {
        var column = CellReference.TryParse(reader.GetAttribute("r"), out var c, out _) ? c : previousColumn + 1;
        var type = reader.GetAttribute("t");
        var style = reader.GetAttribute("s");
        string? value = null;
        string? inline = null;
        var hasFormula = false;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && !reader.IsEndOf(depth))
            {
                if (reader.IsMain("v"))
                {
                    value = reader.ReadBoundedText();
                }
                else if (reader.IsMain("is"))
                {
                    inline = RichText.Read(reader);
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    hasFormula |= reader.IsMain("f");
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }
        }

        reader.Read();
        return new SheetCell(column, Interpret(type, style, value, inline, hasFormula));
    }

    private CellValue Interpret(string? type, string? style, string? value, string? inline, bool hasFormula)
    {
        if (type == "inlineStr")
        {
            return CellValue.FromText(inline ?? value ?? "");
        }

        if (value is null)
        {
            return hasFormula ? new CellValue(CellKind.FormulaWithoutValue, "") : CellValue.Blank;
        }

        switch (type)
        {
            case "s":
                return strings.TryGet(value, out var text)
                    ? CellValue.FromText(text)
                    : throw new WorkbookFormatException(
                        $"une cellule renvoie au texte partagé n° {value}, qui n'existe pas",
                        $"a cell refers to shared string #{value}, which does not exist");
            case "str":
                return CellValue.FromText(RichText.Decode(value));
            case "b":
                return new CellValue(CellKind.Boolean, value.Trim() is "1" or "true" ? "1" : "0");
            case "e":
                return new CellValue(CellKind.Error, value.Trim());
            case "d":
                // t="d" holds an ISO 8601 date.
                return IsoDateCell.From(value, date1904);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new CellValue(CellKind.Number, value.Trim(), number, styles.IsDate(style))
            : CellValue.FromText(value);
    }
}
