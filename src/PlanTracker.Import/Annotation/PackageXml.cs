using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Annotation;

/// <summary>
/// Safe XML access to the parts of an .xlsx package (OPC) for the annotator, which edits parts as documents: bounded,
/// DTD-free loading and saving; namespaces, part paths and relationships are the reader's (Ooxml, PartPath, Relationships).
/// </summary>
internal static class PackageXml
{
    // UTF-8 without a BOM, like Excel and LibreOffice write their parts.
    public static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>
    /// No DTD and no resolver (no entity expansion, no external fetch), and a cap on the characters read: the pre-flight
    /// already bounded the package, this keeps any one part within the same limit whatever it missed.
    /// </summary>
    public static XmlReaderSettings ReaderSettings(ImportLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxUncompressedBytes,
        CloseInput = true,
    };

    public static XDocument Load(ZipArchiveEntry entry, ImportLimits limits)
    {
        using var reader = XmlReader.Create(entry.Open(), ReaderSettings(limits));
        return XDocument.Load(reader);
    }

    public static byte[] Save(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>Zip entries by part name; OPC part names are case-insensitive.</summary>
    public static Dictionary<string, ZipArchiveEntry> Entries(ZipArchive archive)
    {
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            entries.TryAdd(entry.FullName, entry);
        }

        return entries;
    }

    /// <summary>"xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels".</summary>
    public static string RelsOf(string part) => PartPath.RelationshipsOf(part);

    /// <summary>The internal relationships of <paramref name="part"/>, targets resolved to part names.</summary>
    public static IReadOnlyList<Relationship> Relationships(IReadOnlyDictionary<string, ZipArchiveEntry> entries, string part, ImportLimits limits) =>
        entries.TryGetValue(RelsOf(part), out var rels)
            ? Reading.Relationships.Load(XmlReader.Create(rels.Open(), ReaderSettings(limits)), part)
            : [];
}
