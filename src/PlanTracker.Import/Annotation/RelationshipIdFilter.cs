using System.Xml;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Annotation;

/// <summary>
/// Copies a part's XML node by node, leaving out every element whose r:id names a dropped relationship (in a sheet:
/// &lt;legacyDrawing&gt;, and &lt;legacyDrawingHF&gt; which points at a VML part too). Streaming, not an XDocument:
/// a sheet can hold most of a workbook's size, and the rest of it must pass through untouched.
/// </summary>
internal static class RelationshipIdFilter
{
    public static byte[] Copy(Stream part, IReadOnlySet<string> droppedIds, ImportLimits limits)
    {
        using var buffer = new MemoryStream();
        using (var reader = XmlReader.Create(part, PackageXml.ReaderSettings(limits)))
        using (var writer = XmlWriter.Create(buffer, PackageXml.WriterSettings))
        {
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element
                    && reader.GetAttribute("id", Ooxml.Relationships) is { } id
                    && droppedIds.Contains(id))
                {
                    // Skip moves past the element and its content to the next node.
                    reader.Skip();
                    continue;
                }

                CopyNode(reader, writer);
                reader.Read();
            }
        }

        return buffer.ToArray();
    }

    private static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                writer.WriteAttributes(reader, defattr: true);
                if (reader.IsEmptyElement)
                {
                    writer.WriteEndElement();
                }

                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                // Spaces inside <t xml:space="preserve"> are cell text: keep them exactly.
                writer.WriteWhitespace(reader.Value);
                break;
            case XmlNodeType.ProcessingInstruction:
                writer.WriteProcessingInstruction(reader.Name, reader.Value);
                break;
            case XmlNodeType.Comment:
                writer.WriteComment(reader.Value);
                break;
            default:
                // The XML declaration is written by the writer itself; DTDs never get this far (prohibited).
                break;
        }
    }
}
