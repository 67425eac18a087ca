using System.Globalization;
using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>From styles.xml, for each cell format index (<c>s</c> attribute): does it show a date?</summary>
internal sealed class CellStyles
{
    private readonly bool[] _isDate;

    private CellStyles(bool[] isDate) => _isDate = isDate;

    /// <summary>Excel allows 64,000 cell formats; 200 MB of <c>&lt;xf/&gt;</c> would be 40 million (490 MB at peak).</summary>
    public const int MaxFormats = 1_000_000;

    public static CellStyles None { get; } = new([]);

    public bool IsDate(string? styleIndex) =>
        styleIndex is not null
        && int.TryParse(styleIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
        && index < _isDate.Length
        && _isDate[index];

    public static CellStyles Load(XmlReader reader)
    {
        var customFormats = new Dictionary<int, string>();
        var xfFormats = new List<int>();
        var cellXfsDepth = -1;
        while (reader.Read())
        {
            if (reader.IsMain("numFmt")
                && int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                customFormats[id] = reader.GetAttribute("formatCode") ?? "";
            }
            else if (reader.IsMain("cellXfs") && !reader.IsEmptyElement)
            {
                cellXfsDepth = reader.Depth;
            }
            else if (cellXfsDepth >= 0 && reader.IsEndOf(cellXfsDepth))
            {
                cellXfsDepth = -1;
            }
            else if (cellXfsDepth >= 0 && reader.Depth == cellXfsDepth + 1 && reader.IsMain("xf"))
            {
                // Only cellXfs counts: cellStyleXfs holds named styles that cells never point at directly.
                if (xfFormats.Count == MaxFormats)
                {
                    throw new WorkbookFormatException(
                        "plus de 1 000 000 formats de cellule, limite de sécurité",
                        "more than 1,000,000 cell formats, a safety limit");
                }

                xfFormats.Add(int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0);
            }
        }

        return new CellStyles(xfFormats
            .Select(f => customFormats.TryGetValue(f, out var code) ? DateFormats.IsDateFormat(code) : DateFormats.IsBuiltInDate(f))
            .ToArray());
    }
}
