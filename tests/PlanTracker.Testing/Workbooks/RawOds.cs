using System.IO.Compression;
using System.Security;
using System.Text;
using PlanTracker.Testing.Structures;

namespace PlanTracker.Testing.Workbooks;

/// <summary>
/// Writes an .ods by hand, for what LibreOffice never produces: hostile repetitions, a DOCTYPE, a bomb in content.xml,
/// an outsized cell. Real LibreOffice files live in the Import tests' TestData/OpenDocument.
/// </summary>
public static class RawOds
{
    public const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";

    private const string Namespaces =
        """xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" """;

    /// <summary>The .ods package around the given tables (the <c>mimetype</c> entry first, stored, as ODF requires).</summary>
    public static byte[] Build(params string[] tables) => Package(Content(string.Concat(tables)));

    public static string Content(string tables, string doctype = "") =>
        $"""<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content {Namespaces}><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>""";

    public static byte[] Package(string content) => Package(Encoding.UTF8.GetBytes(content));

    public static byte[] Package(byte[] content, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "mimetype", Encoding.ASCII.GetBytes(MimeType), CompressionLevel.NoCompression);
            Write(archive, "META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""u8.ToArray(), level);
            Write(archive, "content.xml", content, level);
        }

        return stream.ToArray();
    }

    public static string Table(string name, params string[] rows) => $"""<table:table table:name="{SecurityElement.Escape(name)}">{string.Concat(rows)}</table:table>""";

    public static string Row(params string[] cells) => $"<table:table-row>{string.Concat(cells)}</table:table-row>";

    public static string RepeatedRow(long times, params string[] cells) =>
        $"""<table:table-row table:number-rows-repeated="{times}">{string.Concat(cells)}</table:table-row>""";

    public static string Text(string text) =>
        $"""<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{SecurityElement.Escape(text)}</text:p></table:table-cell>""";

    /// <summary>A string cell whose paragraph XML is given as is (spaces, spans, line breaks).</summary>
    public static string TextXml(string paragraphs) => $"""<table:table-cell office:value-type="string" calcext:value-type="string">{paragraphs}</table:table-cell>""";

    public static string Float(string value) =>
        $"""<table:table-cell office:value-type="float" office:value="{value}" calcext:value-type="float"><text:p>{value}</text:p></table:table-cell>""";

    public static string Empty(long repeated = 1) =>
        repeated == 1 ? "<table:table-cell/>" : $"""<table:table-cell table:number-columns-repeated="{repeated}"/>""";

    /// <summary>The jobs header row (the template's headers).</summary>
    public static string JobsHeader() => Row(RawWorkbook.JobsHeaders.Select(Text).ToArray());

    /// <summary>A valid jobs line (2025-T1, Sevran, axis 1, 3 jobs), as <see cref="RawWorkbook.JobsLine(int, string?, string, string?, (char, string)[])"/>.</summary>
    public static string[] JobsCells(string? siret = null, string structure = "Régie de quartier") =>
        [Text("2025-T1"), Text(siret ?? Sirets.A), Text(structure), Text("Sevran"), Float("1"), Float("3")];

    public static string JobsLine(string? siret = null, string structure = "Régie de quartier") => Row(JobsCells(siret, structure));

    /// <summary>A valid .ods: one jobs sheet of two lines, 3 jobs each.</summary>
    public static byte[] Valid() => Build(Table("Emplois", JobsHeader(), JobsLine(Sirets.Numbered(1)), JobsLine(Sirets.Numbered(2))));

    private static void Write(ZipArchive archive, string name, byte[] content, CompressionLevel level)
    {
        using var entry = archive.CreateEntry(name, level).Open();
        entry.Write(content);
    }
}
