using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// Writes the "Lignes détaillées" worksheet part from ClosedXML's stub (<see cref="DetailedLinesStub"/>): everything
/// of the stub is kept (sheet view with the frozen pane, columns, header row, page setup), the sample row is replaced
/// by one row per line, streamed through an <see cref="XmlWriter"/> so that memory stays flat whatever the count, and
/// the dimension and the auto filter cover the header and every row. Cells are typed as ClosedXML types them: text
/// as strings (inline, so the shared string table need not be rebuilt), numbers with <c>t="n"</c>, dates as serial
/// numbers, each with the style index ClosedXML gave the matching sample. No formula is ever written.
/// </summary>
internal static class DetailedLinesPart
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // A raw carriage return reaches readers as a line feed, as it did when ClosedXML wrote the cell.
        NewLineHandling = NewLineHandling.None,
        CloseOutput = false,
    };

    /// <summary>"A1:P{last row}", or with <paramref name="absolute"/> "$A$1:$P${last row}" for the defined name.</summary>
    public static string Range(int lineCount, bool absolute = false)
    {
        var last = ColumnName(ExportColumns.DetailedLines.Count);
        var lastRow = DetailedLinesStub.HeaderRow + lineCount;
        return absolute ? $"$A${DetailedLinesStub.HeaderRow}:${last}${lastRow}" : $"A{DetailedLinesStub.HeaderRow}:{last}{lastRow}";
    }

    public static void Write(Stream stubPart, Stream output, IReadOnlyList<DetailedLine> lines)
    {
        var document = XDocument.Load(stubPart);
        var root = document.Root ?? throw new InvalidDataException("The stub worksheet is empty.");
        var ns = root.Name.Namespace;
        var sheetData = root.Element(ns + "sheetData") ?? throw new InvalidDataException("The stub worksheet has no sheetData.");
        var styles = TakeSampleStyles(sheetData);
        root.Element(ns + "dimension")?.SetAttributeValue("ref", Range(lines.Count));
        (root.Element(ns + "autoFilter") ?? throw new InvalidDataException("The stub worksheet has no autoFilter."))
            .SetAttributeValue("ref", Range(lines.Count));

        using var writer = XmlWriter.Create(output, Settings);
        var rows = new RowWriter(writer, root.GetPrefixOfNamespace(ns) ?? "", ns.NamespaceName, styles);
        writer.WriteStartDocument();
        writer.WriteStartElement(rows.Prefix, root.Name.LocalName, rows.Ns);
        foreach (var attribute in root.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                // The element's own namespace is declared by WriteStartElement; the others (r:) are copied.
                if (attribute.Name.Namespace == XNamespace.Xmlns && attribute.Name.LocalName != rows.Prefix)
                {
                    writer.WriteAttributeString("xmlns", attribute.Name.LocalName, XNamespace.Xmlns.NamespaceName, attribute.Value);
                }
            }
            else
            {
                writer.WriteAttributeString(attribute.Name.LocalName, attribute.Name.NamespaceName, attribute.Value);
            }
        }

        foreach (var element in root.Elements())
        {
            if (element != sheetData)
            {
                element.WriteTo(writer);
                continue;
            }

            writer.WriteStartElement(rows.Prefix, sheetData.Name.LocalName, rows.Ns);
            foreach (var header in sheetData.Elements())
            {
                header.WriteTo(writer);
            }

            for (var i = 0; i < lines.Count; i++)
            {
                rows.Write(DetailedLinesStub.HeaderRow + 1 + i, lines[i]);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The style index of each sample cell of row 2, which is then removed.</summary>
    private static Dictionary<StyleKey, string> TakeSampleStyles(XElement sheetData)
    {
        var ns = sheetData.Name.Namespace;
        var sampleRow = sheetData.Elements(ns + "row")
            .Single(r => (string?)r.Attribute("r") == DetailedLinesStub.SampleRow.ToString(CultureInfo.InvariantCulture));
        var cells = sampleRow.Elements(ns + "c").ToList();
        var samples = DetailedLinesStub.Samples;
        if (cells.Count != samples.Count)
        {
            throw new InvalidDataException($"The stub's sample row has {cells.Count} cells, {samples.Count} expected.");
        }

        var styles = new Dictionary<StyleKey, string>();
        for (var i = 0; i < samples.Count; i++)
        {
            styles[DetailedLinesStub.KeyOf(samples[i])] = (string?)cells[i].Attribute("s") ?? "0";
        }

        sampleRow.Remove();
        return styles;
    }

    /// <summary>1 → A, 16 → P, 27 → AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
