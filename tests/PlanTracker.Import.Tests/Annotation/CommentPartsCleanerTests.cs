using System.IO.Compression;
using System.Xml;
using ClosedXML.Excel;
using PlanTracker.Import.Annotation;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Annotation;

/// <summary>The package cleaner on a hand-built package shaped like LibreOffice's: one sheet with two comments.</summary>
public class CommentPartsCleanerTests
{
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string SheetRels = "xl/worksheets/_rels/sheet1.xml.rels";

    private static readonly string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/drawings/vmlDrawing1.vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>""";

    private static readonly string Comments =
        $"""<comments xmlns="{RawWorkbook.Main}"><authors><author>Agent ESS</author></authors><commentList><comment ref="A1" authorId="0"><text><r><t xml:space="preserve">Note en </t></r><r><t>deux runs</t></r><rPh sb="0" eb="1"><t>ノート</t></rPh></text></comment><comment ref="B1" authorId="7"><text><t>Sans auteur connu</t></text></comment></commentList></comments>""";

    private static byte[] Package(string? comments = null) => new RawWorkbook()
        .SheetXml("Emplois", $"""<worksheet xmlns="{RawWorkbook.Main}" xmlns:r="{R}"><sheetData>{RawWorkbook.Row(1, RawWorkbook.Inline("A1", "  espaces gardés  "), RawWorkbook.Number("B1", "3"))}</sheetData><hyperlinks><hyperlink ref="A1" r:id="rId3"/></hyperlinks><legacyDrawing r:id="rId2"/></worksheet>""")
        .Replace("[Content_Types].xml", ContentTypes)
        .Replace(SheetRels, $"""<Relationships xmlns="{Rels}"><Relationship Id="rId1" Type="{R}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="{R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId3" Type="{R}/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>""")
        .Replace("xl/comments1.xml", comments ?? Comments)
        .Replace("xl/drawings/vmlDrawing1.vml", """<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="shape_0"/></xml>""")
        .Build();

    [Test]
    public void Comment_and_VML_parts_go_with_everything_that_points_at_them()
    {
        var cleaned = CommentPartsCleaner.Clean(Package(), ImportLimits.Default);

        cleaned.Should().NotBeNull();
        var entries = LibreOffice.LibreOfficeFixtures.Entries(cleaned!.Bytes);
        entries.Should().NotContain(["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]).And.Contain(["xl/worksheets/sheet1.xml", "xl/styles.xml"]);
        var rels = LibreOffice.LibreOfficeFixtures.Entry(cleaned.Bytes, SheetRels);
        rels.Should().Contain("rId3").And.NotContain("rId1").And.NotContain("rId2");
        var sheet = LibreOffice.LibreOfficeFixtures.Entry(cleaned.Bytes, "xl/worksheets/sheet1.xml");
        sheet.Should().NotContain("legacyDrawing").And.Contain("""<hyperlink ref="A1" r:id="rId3" />""")
            .And.Contain("""<t xml:space="preserve">  espaces gardés  </t>""");
        var types = LibreOffice.LibreOfficeFixtures.Entry(cleaned.Bytes, "[Content_Types].xml");
        types.Should().Contain("/xl/workbook.xml").And.NotContain("comments1").And.NotContain("vmlDrawing1");
    }

    [Test]
    public void The_comments_are_read_before_their_part_is_dropped()
    {
        var cleaned = CommentPartsCleaner.Clean(Package(), ImportLimits.Default);

        cleaned!.Comments.Should().Equal(
            new OfficerComment("Emplois", "A1", "Agent ESS", "Note en deux runs"),
            new OfficerComment("Emplois", "B1", null, "Sans auteur connu"));
    }

    [Test]
    public void The_cleaned_package_opens_in_ClosedXML_with_its_cells_intact()
    {
        var cleaned = CommentPartsCleaner.Clean(Package(), ImportLimits.Default);

        using var workbook = new XLWorkbook(new MemoryStream(cleaned!.Bytes));
        var sheet = workbook.Worksheet("Emplois");
        sheet.Cell("A1").GetString().Should().Be("  espaces gardés  ");
        sheet.Cell("A1").HasComment.Should().BeFalse();
        sheet.Cell("A1").GetHyperlink().ExternalAddress.Should().Be(new Uri("https://example.org/"));
    }

    [Test]
    public void A_package_without_comment_parts_has_nothing_to_clean()
    {
        var plain = new RawWorkbook().Sheet("Emplois", RawWorkbook.Row(1, RawWorkbook.Number("A1", "1"))).Build();

        CommentPartsCleaner.Clean(plain, ImportLimits.Default).Should().BeNull();
    }

    [Test]
    public void A_DTD_in_a_comments_part_is_refused_even_past_the_preflight()
    {
        var hostile = Package("""<!DOCTYPE comments [<!ENTITY a "aaaa">]><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""");

        FluentActions.Invoking(() => CommentPartsCleaner.Clean(hostile, ImportLimits.Default)).Should().Throw<XmlException>();
    }

    [Test]
    public void A_part_larger_than_the_limit_is_not_read_to_its_end()
    {
        var limits = ImportLimits.Default with { MaxUncompressedBytes = 200 };

        FluentActions.Invoking(() => CommentPartsCleaner.Clean(Package(), limits)).Should().Throw<XmlException>();
    }

    [Test]
    public void Entries_keep_their_order()
    {
        var original = Package();
        var cleaned = CommentPartsCleaner.Clean(original, ImportLimits.Default)!.Bytes;

        using var zip = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        LibreOffice.LibreOfficeFixtures.Entries(cleaned).Should()
            .Equal(zip.Entries.Select(e => e.FullName).Where(n => n is not ("xl/comments1.xml" or "xl/drawings/vmlDrawing1.vml")));
    }
}
