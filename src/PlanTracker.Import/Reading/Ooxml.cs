using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>Namespaces of Transitional SpreadsheetML (Strict is rejected by the pre-flight) and the safe reader settings.</summary>
internal static class Ooxml
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTD, no resolver: no entity expansion and no external fetch, whatever the pre-flight missed.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, Settings);

    public static bool IsMain(this XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI == Main;

    public static bool IsEndOf(this XmlReader reader, int depth) =>
        reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth;
}
