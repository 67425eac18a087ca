using System.Globalization;
using System.Xml;

namespace PlanTracker.Import.Reading.Ods;

/// <summary>
/// Streams the rows of one <c>table:table</c>, one row in memory at a time. Repetition stays lazy: empty rows repeated
/// (LibreOffice writes a million of them after the last used row) only move the row number on; a row with data repeated
/// N times is yielded N times, the same cells each time; empty cells repeated only move the column on. Covered (merged)
/// cells count as empty.
/// </summary>
internal sealed class OdsRowReader
{
    /// <summary>The last row and column of an Excel sheet (and of LibreOffice's default one): data beyond is refused.</summary>
    public const int MaxRows = 1_048_576;

    public const int MaxColumns = 16_384;

    private readonly OdsCellReader _cells = new();
    private readonly List<SheetCell> _row = new(16);

    /// <summary>Reader on the table's start tag; leaves it on the node after the table's end once enumerated to the end.</summary>
    public IEnumerable<SheetRow> ReadRows(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            yield break;
        }

        var depth = reader.Depth;
        long next = 1;
        reader.Read();
        while (!reader.EOF && !reader.IsEndOf(depth))
        {
            if (reader.Is("table-row", Odf.Table))
            {
                var repeated = Repeated(reader, "number-rows-repeated");
                var cells = ReadCells(reader);
                if (cells.Length > 0)
                {
                    if (next + repeated - 1 > MaxRows)
                    {
                        throw new WorkbookFormatException(
                            $"des lignes remplies dépassent la ligne {FileErrors.Count(MaxRows, "fr")}, la dernière d'une feuille",
                            $"filled rows go past row {FileErrors.Count(MaxRows, "en")}, the last of a sheet");
                    }

                    for (var i = 0L; i < repeated; i++)
                    {
                        yield return new SheetRow((int)(next + i), cells);
                    }
                }

                next += repeated;
            }
            else if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement
                     && (reader.Is("table-rows", Odf.Table) || reader.Is("table-header-rows", Odf.Table) || reader.Is("table-row-group", Odf.Table)))
            {
                // Rows may sit in groups (outline, header rows to repeat on print): read inside.
                reader.Read();
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
    }

    private SheetCell[] ReadCells(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return [];
        }

        var depth = reader.Depth;
        _row.Clear();
        long column = 1;
        reader.Read();
        while (!reader.EOF && !reader.IsEndOf(depth))
        {
            if (reader.Is("table-cell", Odf.Table))
            {
                var repeated = Repeated(reader, "number-columns-repeated");
                var value = _cells.Read(reader);
                if (value.Kind != CellKind.Blank)
                {
                    if (column + repeated - 1 > MaxColumns)
                    {
                        throw new WorkbookFormatException(
                            $"des cellules remplies dépassent la colonne XFD ({FileErrors.Count(MaxColumns, "fr")}), la dernière d'une feuille",
                            $"filled cells go past column XFD ({FileErrors.Count(MaxColumns, "en")}), the last of a sheet");
                    }

                    for (var i = 0L; i < repeated; i++)
                    {
                        _row.Add(new SheetCell((int)(column + i), value));
                    }
                }

                column += repeated;
            }
            else if (reader.Is("covered-table-cell", Odf.Table))
            {
                column += Repeated(reader, "number-columns-repeated");
                reader.Skip();
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
        return _row.Count == 0 ? [] : _row.ToArray();
    }

    private static long Repeated(XmlReader reader, string attribute) =>
        long.TryParse(reader.GetAttribute(attribute, Odf.Table), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 1
            ? Math.Min(count, int.MaxValue)
            : 1;
}
