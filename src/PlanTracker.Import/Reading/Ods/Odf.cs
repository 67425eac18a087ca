using System.Xml;

namespace PlanTracker.Import.Reading.Ods;

/// <summary>The OpenDocument namespaces an .ods sheet is read with, and the same safe reader settings as an .xlsx part.</summary>
internal static class Odf
{
    public const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";
    public const string ContentPart = "content.xml";
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /// <summary>LibreOffice's own extension: <c>calcext:value-type="error"</c> marks a formula whose result is an error.</summary>
    public const string CalcExt = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    // Compared on every node: added to the name table first, they come back as these very strings, and string equality
    // stops at the reference check.
    private static readonly string[] Atoms =
    [
        Office, Table, Text, CalcExt, "spreadsheet", "table", "table-row", "table-cell", "covered-table-cell", "table-rows",
        "table-header-rows", "table-row-group", "p", "s", "tab", "line-break", "span", "a", "annotation",
    ];

    /// <summary>A reader over <paramref name="stream"/>, with the markup guard of an .xlsx part (no outsized tag or value).</summary>
    public static XmlReader CreateReader(Stream stream) => Ooxml.CreateGuardedReader(stream, Atoms);

    public static bool Is(this XmlReader reader, string localName, string ns) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI == ns;
}
