using System.IO.Compression;
using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>
/// An .xlsx opened for streaming: sheet list, 1904 flag, shared strings and date styles are read at open; sheet rows
/// are streamed on demand. Only call this on bytes that passed <see cref="Preflight.WorkbookPreflight"/>.
/// </summary>
internal sealed class XlsxPackage : ISheetSource
{
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private WorksheetReader _worksheets = new(SharedStrings.Empty, CellStyles.None, false);

    private XlsxPackage(ZipArchive archive)
    {
        _archive = archive;
        foreach (var entry in archive.Entries)
        {
            // Part names are case-insensitive (OPC); a duplicate name keeps its first entry.
            _entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }
    }

    public IReadOnlyList<SheetInfo> Sheets { get; private set; } = [];

    public bool Date1904 { get; private set; }

    /// <summary>The part being read last: names the culprit when its XML turns out to be malformed.</summary>
    public string? CurrentPart { get; private set; }

    public static XlsxPackage Open(byte[] bytes)
    {
        var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var package = new XlsxPackage(archive);
        try
        {
            package.Load();
            return package;
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    public IEnumerable<SheetRow> ReadRows(SheetInfo sheet)
    {
        var reader = sheet.PartPath is null ? null : TryOpen(sheet.PartPath);
        return reader is null
            ? throw new WorkbookFormatException(
                $"la feuille « {sheet.Name} » n'a pas de contenu (partie manquante)",
                $"sheet “{sheet.Name}” has no content (missing part)")
            : _worksheets.ReadRows(reader);
    }

    public void Dispose() => _archive.Dispose();

    private void Load()
    {
        var rootRelationships = TryOpen("_rels/.rels") is { } rootReader ? Relationships.Load(rootReader, "") : [];
        var workbookPart = rootRelationships.OfType("/officeDocument")?.Target ?? "xl/workbook.xml";
        var workbookReader = TryOpen(workbookPart)
                             ?? throw new WorkbookFormatException("aucune partie classeur (workbook.xml)", "no workbook part (workbook.xml)");
        var relationships = TryOpen(PartPath.RelationshipsOf(workbookPart)) is { } relsReader
            ? Relationships.Load(relsReader, workbookPart)
            : [];
        using (workbookReader)
        {
            ReadWorkbook(workbookReader, relationships);
        }

        var strings = SharedStrings.Empty;
        if (relationships.OfType("/sharedStrings") is { } stringsPart && TryOpen(stringsPart.Target) is { } stringsReader)
        {
            using (stringsReader)
            {
                strings = SharedStrings.Load(stringsReader);
            }
        }

        var styles = CellStyles.None;
        if (relationships.OfType("/styles") is { } stylesPart && TryOpen(stylesPart.Target) is { } stylesReader)
        {
            using (stylesReader)
            {
                styles = CellStyles.Load(stylesReader);
            }
        }

        _worksheets = new WorksheetReader(strings, styles, Date1904);
    }

    private void ReadWorkbook(XmlReader reader, IReadOnlyList<Relationship> relationships)
    {
        var sheets = new List<SheetInfo>();
        while (reader.Read())
        {
            if (reader.IsMain("workbookPr"))
            {
                Date1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
            else if (reader.IsMain("sheet"))
            {
                var id = reader.GetAttribute("id", Ooxml.Relationships);
                var relationship = relationships.FirstOrDefault(r => r.Id == id);
                var isWorksheet = relationship?.Type.EndsWith("/worksheet", StringComparison.Ordinal) ?? false;
                sheets.Add(new SheetInfo(reader.GetAttribute("name") ?? "", relationship?.Target, isWorksheet));
            }
        }

        Sheets = sheets;
    }

    private XmlReader? TryOpen(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            return null;
        }

        CurrentPart = part;
        return Ooxml.CreateReader(entry.Open());
    }
}
