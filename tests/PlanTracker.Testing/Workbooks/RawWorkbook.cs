using System.IO.Compression;
using System.Security;
using System.Text;
using PlanTracker.Testing.Structures;

namespace PlanTracker.Testing.Workbooks;

/// <summary>
/// Writes an .xlsx by hand, part by part, for what ClosedXML never produces: inline strings, formulas with or without
/// cached values, error cells, 1904 dates, rows without r attributes, and malformed, duplicated or hostile parts.
/// </summary>
public sealed class RawWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Style indexes of <see cref="DefaultStyles"/>: 0 General, 1 built-in date (14), 2 custom dd/mm/yyyy, 3 "0.00", 4 quoted literal with d.</summary>
    public const int DateStyle = 1;
    public const int CustomDateStyle = 2;
    public const int DecimalStyle = 3;
    public const int LiteralStyle = 4;

    public const string DefaultStyles =
        $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Jour d&quot;0"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/><xf numFmtId="165"/></cellXfs></styleSheet>""";

    public static readonly string[] JobsHeaders = ["Trimestre *", "SIRET *", "Structure *", "Commune *", "Axe *", "Emplois créés *", "ETP", "Type de contrat", "Commentaire"];

    private readonly List<(string Name, string Xml)> _sheets = [];
    private readonly List<(string Name, byte[] Content)> _extra = [];
    private readonly Dictionary<string, byte[]> _replaced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private readonly List<string> _sharedStrings = [];

    public bool Date1904 { get; init; }

    public string Styles { get; init; } = DefaultStyles;

    /// <summary>Adds a worksheet whose sheetData holds the given row elements.</summary>
    public RawWorkbook Sheet(string name, params string[] rows) =>
        SheetXml(name, $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>{string.Concat(rows)}</sheetData></worksheet>""");

    public RawWorkbook SheetXml(string name, string xml)
    {
        _sheets.Add((name, xml));
        return this;
    }

    /// <summary>A valid jobs sheet "Emplois" with <paramref name="lines"/> lines (rows 2…), distinct keys.</summary>
    public RawWorkbook ValidJobs(int lines = 2) =>
        Sheet("Emplois", [JobsHeader(), .. Enumerable.Range(2, lines).Select(r => JobsLine(r, siret: Sirets.Numbered(r)))]);

    /// <summary>Raw &lt;si&gt; contents for sharedStrings.xml, in index order.</summary>
    public RawWorkbook SharedString(string siInnerXml)
    {
        _sharedStrings.Add(siInnerXml);
        return this;
    }

    /// <summary>Replaces a generated part (or adds one) byte for byte.</summary>
    public RawWorkbook Replace(string name, string content) => Replace(name, Encoding.UTF8.GetBytes(content));

    public RawWorkbook Replace(string name, byte[] content)
    {
        _replaced[name] = content;
        return this;
    }

    /// <summary>Adds an entry even if one of that name exists (duplicates, hostile names).</summary>
    public RawWorkbook Add(string name, string content) => Add(name, Encoding.UTF8.GetBytes(content));

    public RawWorkbook Add(string name, byte[] content)
    {
        _extra.Add((name, content));
        return this;
    }

    public RawWorkbook Remove(string name)
    {
        _removed.Add(name);
        return this;
    }

    /// <summary>Every entry in zip order: the generated parts (replaced or removed as asked), then the added ones.</summary>
    public List<(string Name, byte[] Content)> Parts()
    {
        var parts = new List<(string Name, byte[] Content)>();
        void Put(string name, string xml) => parts.Add((name, Encoding.UTF8.GetBytes(xml)));
        Put("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>""");
        Put("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        var sheets = new StringBuilder();
        var rels = new StringBuilder();
        for (var i = 0; i < _sheets.Count; i++)
        {
            sheets.Append($"""<sheet name="{SecurityElement.Escape(_sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
            rels.Append($"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""");
            Put($"xl/worksheets/sheet{i + 1}.xml", _sheets[i].Xml);
        }

        rels.Append("""<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        rels.Append("""<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
        var date1904 = Date1904 ? """<workbookPr date1904="1"/>""" : "";
        Put("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{RelNs}">{date1904}<sheets>{sheets}</sheets></workbook>""");
        Put("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>""");
        Put("xl/styles.xml", Styles);
        Put("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">{string.Concat(_sharedStrings.Select(s => $"<si>{s}</si>"))}</sst>""");
        for (var i = 0; i < parts.Count; i++)
        {
            if (_replaced.TryGetValue(parts[i].Name, out var content))
            {
                parts[i] = (parts[i].Name, content);
            }
        }

        parts.AddRange(_replaced.Where(r => parts.All(p => p.Name != r.Key)).Select(r => (r.Key, r.Value)));
        parts.RemoveAll(p => _removed.Contains(p.Name));
        parts.AddRange(_extra);
        return parts;
    }

    public byte[] Build() => Zip(Parts());

    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> entries) => Zip(entries.Select(e => (e.Key, e.Value)));

    // Cells and rows, so that a case reads like the sheet it describes.
    public static string Row(int r, params string[] cells) => $"""<row r="{r}">{string.Concat(cells)}</row>""";

    public static string Inline(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(text)}</t></is></c>""";

    /// <summary>An inline string whose XML is given as is (for _xHHHH_ escapes and character references).</summary>
    public static string InlineXml(string reference, string textXml) =>
        $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{textXml}</t></is></c>""";

    public static string Number(string reference, string value, int style = 0) => $"""<c r="{reference}" s="{style}"><v>{value}</v></c>""";

    public static string Shared(string reference, int index) => $"""<c r="{reference}" t="s"><v>{index}</v></c>""";

    public static string Formula(string reference, string formula, string? cached, string? type = null) =>
        $"""<c r="{reference}"{(type is null ? "" : $" t=\"{type}\"")}><f>{SecurityElement.Escape(formula)}</f>{(cached is null ? "" : $"<v>{cached}</v>")}</c>""";

    public static string Error(string reference, string code) => $"""<c r="{reference}" t="e"><v>{code}</v></c>""";

    public static string Boolean(string reference, bool value) => $"""<c r="{reference}" t="b"><v>{(value ? 1 : 0)}</v></c>""";

    /// <summary>The jobs header row as inline strings on row <paramref name="r"/>.</summary>
    public static string JobsHeader(int r = 1) => Row(r, JobsHeaders.Select((h, i) => Inline($"{(char)('A' + i)}{r}", h)).ToArray());

    /// <summary>A valid jobs line on row <paramref name="r"/> (2025-T1, Sevran, axis 1, 3 jobs); <paramref name="replace"/> swaps cells by column letter.</summary>
    public static string JobsLine(int r, params (char Column, string CellXml)[] replace) => JobsLine(r, null, replace: replace);

    /// <summary>A valid jobs line with the SIRET, structure or comment given; <paramref name="replace"/> swaps cells by column letter.</summary>
    public static string JobsLine(int r, string? siret = null, string structure = "Régie de quartier", string? comment = null, params (char Column, string CellXml)[] replace)
    {
        var cells = new SortedDictionary<char, string>
        {
            ['A'] = Inline($"A{r}", "2025-T1"), ['B'] = Inline($"B{r}", siret ?? Sirets.A), ['C'] = Inline($"C{r}", structure),
            ['D'] = Inline($"D{r}", "Sevran"), ['E'] = Number($"E{r}", "1"), ['F'] = Number($"F{r}", "3"),
        };
        if (comment is not null)
        {
            cells['I'] = Inline($"I{r}", comment);
        }

        foreach (var (column, xml) in replace)
        {
            cells[column] = xml;
        }

        return Row(r, cells.Values.ToArray());
    }
}
