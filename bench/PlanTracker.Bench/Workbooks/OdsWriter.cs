using System.IO.Compression;
using System.Text;

namespace PlanTracker.Bench.Workbooks;

/// <summary>
/// Writes an .ods the way LibreOffice Calc saves one (the <c>mimetype</c> entry first and stored, every sheet in one
/// content.xml, typed cells with their displayed text, styles on rows and cells, the sheet padded with repeated empty
/// rows to its last row), straight to the zip: the .ods twin of <see cref="XlsxWriter"/>'s workbook for the import
/// measure. Entries carry a fixed date, so the same content gives the same bytes on every run.
/// </summary>
internal sealed class OdsWriter : IWorkbookWriter
{
    private const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";

    private static readonly DateTimeOffset Stamp = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive _zip;
    private readonly StreamWriter _content;

    public OdsWriter(Stream output)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WritePart("mimetype", MimeType, CompressionLevel.NoCompression);
        _content = Entry("content.xml");
        _content.Write("""<?xml version="1.0" encoding="UTF-8"?>""" + "\n");
        _content.Write("""<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">""");
        _content.Write("""<office:automatic-styles><style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style><number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style><style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/></office:automatic-styles>""");
        _content.Write("<office:body><office:spreadsheet>");
    }

    public void Sheet(string name, Action<IRowWriter> writeRows)
    {
        _content.Write($"""<table:table table:name="{XlsxWriter.Escape(name)}" table:style-name="ta1"><table:table-column table:number-columns-repeated="9" table:default-cell-style-name="Default"/>""");
        var rows = new OdsRowWriter(_content);
        writeRows(rows);
        // LibreOffice pads every sheet with empty rows down to its last one.
        _content.Write($"""<table:table-row table:style-name="ro1" table:number-rows-repeated="{1_048_576 - rows.LastRow}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>""");
    }

    public void Dispose()
    {
        _content.Write("</office:spreadsheet></office:body></office:document-content>");
        _content.Dispose();
        WritePart("styles.xml", """<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>""");
        WritePart("meta.xml", """<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta><meta:generator>PlanTracker.Bench</meta:generator></office:meta></office:document-meta>""");
        WritePart("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>""");
        _zip.Dispose();
    }

    private StreamWriter Entry(string name, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = Stamp;
        return new StreamWriter(entry.Open(), Utf8, 1 << 16);
    }

    private void WritePart(string name, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var text = Entry(name, level);
        text.Write(content);
    }
}
