using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>Namespaces of Transitional SpreadsheetML (Strict is rejected by the pre-flight) and the safe reader settings.</summary>
internal static class Ooxml
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTD, no resolver: no entity expansion and no external fetch, whatever the pre-flight missed.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// Excel keeps at most 32,767 characters in a cell: text read beyond one more than that is dropped, so that a
    /// hostile part holding one 100-million-character string never sits in memory (validation still finds it too long).
    /// </summary>
    public const int MaxTextLength = 32_768;

    [ThreadStatic]
    private static char[]? _chunk;

    // The names IsMain compares on every node, added to each reader's name table before it reads: the reader then hands
    // back these very strings, and comparing the 60-character namespace costs a reference check, not a scan.
    private static readonly string[] Atoms = [Main, Relationships, "sheetData", "row", "c", "v", "f", "is", "t", "r", "rPh", "si"];

    public static XmlReader CreateReader(Stream stream) => CreateGuardedReader(stream, Atoms);

    /// <summary>
    /// A reader with the safe settings and the markup guard (no outsized tag or value), its name table holding
    /// <paramref name="atoms"/>: the one way an .xlsx part or an .ods <c>content.xml</c> is read.
    /// </summary>
    internal static XmlReader CreateGuardedReader(Stream stream, IEnumerable<string> atoms)
    {
        var names = new NameTable();
        foreach (var atom in atoms)
        {
            names.Add(atom);
        }

        var settings = Settings.Clone();
        settings.NameTable = names;
        return XmlReader.Create(new MarkupGuardStream(stream), settings);
    }

    /// <summary>
    /// <see cref="XmlReader.ReadElementContentAsString()"/> for a text-only element, cut at <see cref="MaxTextLength"/>:
    /// the text is streamed in chunks, never materialised whole by the reader. Leaves the reader after the end tag.
    /// </summary>
    public static string ReadBoundedText(this XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        reader.Read();
        string? single = null;
        System.Text.StringBuilder? text = null;
        // One buffer per thread, not one per call: this runs for every <v> and <t> of a sheet (a new 8 KB array per
        // cell made 6.6 GB of garbage for a 100,000-line sheet). The method never calls itself nor awaits.
        var chunk = _chunk ??= new char[4096];
        while (!reader.EOF && !reader.IsEndOf(depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    var length = single?.Length ?? text?.Length ?? 0;
                    var keep = Math.Min(read, MaxTextLength - length);
                    if (keep <= 0)
                    {
                        continue;
                    }

                    // Most cells are one short text node: one string, no builder.
                    if (single is null && text is null && read < chunk.Length)
                    {
                        single = new string(chunk, 0, keep);
                    }
                    else
                    {
                        text ??= new System.Text.StringBuilder(single);
                        single = null;
                        text.Append(chunk, 0, keep);
                    }
                }

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
        return text?.ToString() ?? single ?? "";
    }

    public static bool IsMain(this XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI == Main;

    public static bool IsEndOf(this XmlReader reader, int depth) =>
        reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth;
}
