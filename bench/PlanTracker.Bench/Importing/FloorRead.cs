using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// The read half of the floor: ZipArchive and XmlReader over the shared strings and the jobs sheet, every cell's text
/// kept, nothing validated or converted. A data row is a row with a SIRET (column B) below the header row.
/// </summary>
internal static class FloorRead
{
    /// <summary>The jobs sheet's columns, A (quarter) to I (comment).</summary>
    public const int Columns = 9;

    private static readonly XmlReaderSettings Settings = new() { IgnoreComments = true, IgnoreProcessingInstructions = true };

    public static List<FloorLine> Read(string workbook)
    {
        using var zip = ZipFile.OpenRead(workbook);
        var strings = SharedStrings(zip.GetEntry("xl/sharedStrings.xml"));
        // The bench's 100,000-line workbook has one sheet, the jobs sheet.
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml") ?? throw new InvalidDataException($"{workbook}: no sheet1.xml");
        using var stream = sheet.Open();
        using var reader = XmlReader.Create(stream, Settings);
        var lines = new List<FloorLine>();
        string?[]? cells = null;
        var row = 0;
        var column = 0;
        string? type = null;
        var headerSeen = false;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "row":
                    Flush();
                    row = int.Parse(reader.GetAttribute("r")!, NumberStyles.None, CultureInfo.InvariantCulture);
                    cells = new string?[Columns];
                    column = -1;
                    break;
                case "c":
                    column = reader.GetAttribute("r") is { } reference ? Column(reference) : column + 1;
                    type = reader.GetAttribute("t");
                    break;
                case "v" when cells is not null && column < Columns:
                    var value = reader.ReadElementContentAsString();
                    cells[column] = type == "s" ? strings[int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture)] : value;
                    continue;
                case "t" when cells is not null && column < Columns:
                    // An inline string (t="inlineStr"): <is><t>…</t></is>.
                    cells[column] = reader.ReadElementContentAsString();
                    continue;
            }

            reader.Read();
        }

        Flush();
        return lines;

        void Flush()
        {
            if (cells?[1] is null)
            {
                return;
            }

            if (headerSeen)
            {
                lines.Add(new FloorLine(row, cells));
            }

            headerSeen = true;
        }
    }

    // Each <si> is the text of its <t> elements joined (rich text has several runs).
    private static List<string> SharedStrings(ZipArchiveEntry? entry)
    {
        var strings = new List<string>();
        if (entry is null)
        {
            return strings;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Settings);
        var text = new StringBuilder();
        var inItem = false;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (inItem)
                {
                    strings.Add(text.ToString());
                }

                text.Clear();
                inItem = true;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
                continue;
            }

            reader.Read();
        }

        if (inItem)
        {
            strings.Add(text.ToString());
        }

        return strings;
    }

    // "C12" → 2.
    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = column * 26 + (c - 'A' + 1);
        }

        return column - 1;
    }
}
