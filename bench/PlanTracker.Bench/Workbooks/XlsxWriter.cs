using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace PlanTracker.Bench.Workbooks;

/// <summary>
/// Writes an .xlsx the way Excel saves one (shared strings, a styles part, a date format), straight to the zip: the
/// 100,000-line workbook takes a second, where building it with ClosedXML would take longer than the import itself.
/// Entries carry a fixed date, so the same content gives the same bytes on every run.
/// </summary>
internal sealed class XlsxWriter : IWorkbookWriter
{
    public const int HeaderStyle = 1;
    public const int DateStyle = 2;

    private static readonly DateTimeOffset Stamp = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<string> _stringList = [];
    private readonly List<string> _sheetNames = [];
    private int _stringCount;

    public XlsxWriter(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    public void Sheet(string name, Action<IRowWriter> writeRows)
    {
        _sheetNames.Add(name);
        using var text = Entry($"xl/worksheets/sheet{_sheetNames.Count}.xml");
        text.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\n");
        text.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>""");
        writeRows(new RowWriter(text, this));
        text.Write("</sheetData></worksheet>");
    }

    public void Dispose()
    {
        WritePart("[Content_Types].xml", ContentTypes());
        WritePart("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WritePart("xl/workbook.xml", Workbook());
        WritePart("xl/_rels/workbook.xml.rels", WorkbookRelationships());
        WritePart("xl/styles.xml", Styles);
        WritePart("xl/sharedStrings.xml", SharedStrings());
        _zip.Dispose();
    }

    internal int StringIndex(string text)
    {
        _stringCount++;
        if (!_strings.TryGetValue(text, out var index))
        {
            index = _stringList.Count;
            _strings.Add(text, index);
            _stringList.Add(text);
        }

        return index;
    }

    internal static string Escape(string text) => SecurityElement.Escape(text);

    private StreamWriter Entry(string name)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        return new StreamWriter(entry.Open(), Utf8, 1 << 16);
    }

    private void WritePart(string name, string content)
    {
        using var text = Entry(name);
        text.Write(content);
    }

    private string ContentTypes()
    {
        var sheets = string.Concat(Enumerable.Range(1, _sheetNames.Count).Select(i =>
            $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
        return """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"""
               + sheets + "</Types>";
    }

    private string Workbook()
    {
        var sheets = string.Concat(_sheetNames.Select((name, i) => $"""<sheet name="{Escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""));
        return """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"""
               + sheets + "</sheets></workbook>";
    }

    private string WorkbookRelationships()
    {
        var count = _sheetNames.Count;
        var sheets = string.Concat(Enumerable.Range(1, count).Select(i =>
            $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>"""));
        return """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
               + sheets
               + $"""<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"""
               + $"""<Relationship Id="rId{count + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"""
               + "</Relationships>";
    }

    private string SharedStrings()
    {
        var xml = new StringBuilder(_stringList.Count * 40);
        xml.Append(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{_stringCount}" uniqueCount="{_stringList.Count}">""");
        foreach (var text in _stringList)
        {
            xml.Append("<si><t xml:space=\"preserve\">").Append(Escape(text)).Append("</t></si>");
        }

        return xml.Append("</sst>").ToString();
    }

    // Style 1: bold headers; style 2: dd/mm/yyyy (numFmt 14), what Excel gives a typed date.
    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}
