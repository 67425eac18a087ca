using System.IO.Compression;
using System.Security;
using System.Text;

namespace PlanTracker.Import.Tests.Workbooks;

/// <summary>
/// Writes a minimal .xlsx by hand, part by part, for what ClosedXML will not produce: inline strings, formulas with
/// or without cached values, error cells, 1904 dates, rows without r attributes, and malformed or hostile parts.
/// </summary>
internal sealed class RawXlsx
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Style indexes of <see cref="DefaultStyles"/>: 0 General, 1 built-in date (14), 2 custom dd/mm/yyyy, 3 "0.00", 4 quoted literal with d.</summary>
    public const int DateStyle = 1;
    public const int CustomDateStyle = 2;
    public const int DecimalStyle = 3;
    public const int LiteralStyle = 4;

    public const string DefaultStyles =
        $"""<styleSheet xmlns="{Main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Jour d&quot;0"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/><xf numFmtId="165"/></cellXfs></styleSheet>""";

    private readonly List<(string Name, string Xml)> _sheets = [];
    private readonly Dictionary<string, byte[]> _parts = new(StringComparer.Ordinal);
    private readonly List<string> _sharedStrings = [];

    public bool Date1904 { get; init; }

    public string Styles { get; init; } = DefaultStyles;

    /// <summary>Adds a worksheet whose sheetData holds the given row elements.</summary>
    public RawXlsx Sheet(string name, params string[] rows) =>
        SheetXml(name, $"""<worksheet xmlns="{Main}"><sheetData>{string.Concat(rows)}</sheetData></worksheet>""");

    public RawXlsx SheetXml(string name, string xml)
    {
        _sheets.Add((name, xml));
        return this;
    }

    /// <summary>Raw &lt;si&gt; contents for sharedStrings.xml, in index order.</summary>
    public RawXlsx SharedString(string siInnerXml)
    {
        _sharedStrings.Add(siInnerXml);
        return this;
    }

    /// <summary>Adds or replaces any part, byte for byte.</summary>
    public RawXlsx Part(string name, string content) => Part(name, Encoding.UTF8.GetBytes(content));

    public RawXlsx Part(string name, byte[] content)
    {
        _parts[name] = content;
        return this;
    }

    public byte[] Build()
    {
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        void Put(string name, string xml) => parts[name] = Encoding.UTF8.GetBytes(xml);
        Put("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>""");
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
        rels.Append("""<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>""");
        var date1904 = Date1904 ? """<workbookPr date1904="1"/>""" : "";
        Put("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{date1904}<sheets>{sheets}</sheets></workbook>""");
        Put("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>""");
        Put("xl/styles.xml", Styles);
        Put("xl/sharedStrings.xml", $"""<sst xmlns="{Main}">{string.Concat(_sharedStrings.Select(s => $"<si>{s}</si>"))}</sst>""");
        foreach (var (name, content) in _parts)
        {
            parts[name] = content;
        }

        return Zip(parts);
    }

    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    // Cell and row XML, so tests read like the sheet they describe.
    public static string Row(int r, params string[] cells) => $"""<row r="{r}">{string.Concat(cells)}</row>""";

    public static string Inline(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(text)}</t></is></c>""";

    public static string Number(string reference, string value, int style = 0) => $"""<c r="{reference}" s="{style}"><v>{value}</v></c>""";

    public static string Shared(string reference, int index) => $"""<c r="{reference}" t="s"><v>{index}</v></c>""";

    public static string Formula(string reference, string formula, string? cached, string? type = null) =>
        $"""<c r="{reference}"{(type is null ? "" : $" t=\"{type}\"")}><f>{SecurityElement.Escape(formula)}</f>{(cached is null ? "" : $"<v>{cached}</v>")}</c>""";

    public static string Error(string reference, string code) => $"""<c r="{reference}" t="e"><v>{code}</v></c>""";

    public static string Boolean(string reference, bool value) => $"""<c r="{reference}" t="b"><v>{(value ? 1 : 0)}</v></c>""";

    /// <summary>The jobs header row as inline strings on row <paramref name="r"/>.</summary>
    public static string JobsHeader(int r = 1) => Row(r, JobRows.Header.Select((h, i) => Inline($"{(char)('A' + i)}{r}", (string)h!)).ToArray());

    /// <summary>A valid jobs line on row <paramref name="r"/>; <paramref name="replace"/> swaps cells by column letter.</summary>
    public static string JobsLine(int r, params (char Column, string CellXml)[] replace)
    {
        var cells = new Dictionary<char, string>
        {
            ['A'] = Inline($"A{r}", "2025-T1"), ['B'] = Inline($"B{r}", Sirets.A), ['C'] = Inline($"C{r}", "Régie"),
            ['D'] = Inline($"D{r}", "Sevran"), ['E'] = Number($"E{r}", "1"), ['F'] = Number($"F{r}", "3"),
        };
        foreach (var (column, xml) in replace)
        {
            cells[column] = xml;
        }

        return Row(r, cells.OrderBy(c => c.Key).Select(c => c.Value).ToArray());
    }
}
