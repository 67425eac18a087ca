using System.Text;
using PlanTracker.Testing.Structures;

namespace PlanTracker.Testing.Workbooks;

/// <summary>
/// Parts of hostile workbooks shared by the reader's tests and the command line's: entity declarations, sheet
/// relationships pointing anywhere, Strict OOXML, and the comments and hyperlinks that crash ClosedXML.
/// </summary>
public static class HostileWorkbooks
{
    /// <summary>The parts that hold XML in every <see cref="Valid"/> workbook.</summary>
    public static readonly string[] XmlParts =
    [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml",
    ];

    // Ten levels of ten: 10^9 "a" if anything ever expanded it.
    public const string Laughs =
        """<!DOCTYPE x [<!ENTITY l0 "aaaaaaaaaa"><!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;"><!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;"><!ENTITY l4 "&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;"><!ENTITY l5 "&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;"><!ENTITY l6 "&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;"><!ENTITY l7 "&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;"><!ENTITY l8 "&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;"><!ENTITY l9 "&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;">]>""";

    public const string ExternalEntity = """<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""";

    /// <summary>A workbook part in the Strict OOXML namespaces, naming one sheet "Emplois".</summary>
    public const string StrictWorkbookXml =
        """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="Emplois" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    /// <summary>A valid workbook: one jobs sheet of two lines, 3 jobs each.</summary>
    public static RawWorkbook Valid() => new RawWorkbook().ValidJobs(2);

    /// <summary>The workbook's relationships with its one sheet at <paramref name="sheetTarget"/> (may carry extra attributes).</summary>
    public static string WorkbookRels(string sheetTarget) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="{sheetTarget}"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    /// <summary>A valid workbook whose <paramref name="part"/> declares <paramref name="doctype"/> and, where text fits, uses the entity.</summary>
    public static byte[] WithDoctype(string part, string doctype, string? use)
    {
        var parts = Valid().Parts();
        var index = parts.FindIndex(p => p.Name == part);
        var xml = Encoding.UTF8.GetString(parts[index].Content);
        var declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
        xml = xml[..declarationEnd] + doctype + xml[declarationEnd..];
        if (use is not null && part == "xl/worksheets/sheet1.xml")
        {
            xml = xml.Replace("Régie de quartier", use, StringComparison.Ordinal);
        }

        parts[index] = (part, Encoding.UTF8.GetBytes(xml));
        return RawWorkbook.Zip(parts);
    }

    /// <summary>Comments as LibreOffice writes them: a comments part and a legacy VML drawing that is not well-formed XML.</summary>
    public static byte[] WithComments(string secondLine)
    {
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{RawWorkbook.Main}" xmlns:r="{RawWorkbook.RelNs}"><sheetData>{RawWorkbook.JobsHeader()}{RawWorkbook.JobsLine(2, siret: Sirets.Numbered(2))}{secondLine}</sheetData><legacyDrawing r:id="rId2"/></worksheet>""";
        return Valid()
            .Replace("xl/worksheets/sheet1.xml", sheet)
            .Replace("xl/worksheets/_rels/sheet1.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>""")
            .Replace("xl/comments1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><comments xmlns="{RawWorkbook.Main}"><authors><author/></authors><commentList><comment ref="C2" authorId="0"><text><r><t>vu avec la structure</t></r></text></comment></commentList></comments>""")
            .Replace("xl/drawings/vmlDrawing1.vml", """<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="shape_0" type="#_x0000_t202" style="position:absolute;visibility:hidden"><v:fill o:detectmouseclick="t" type="solid" color2="#00ffff"/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 1, 2, 5, 31, 5, 1</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>2</x:Column></x:ClientData><br></v:shape></xml>""")
            .Build();
    }

    /// <summary>Hyperlinks ClosedXML cannot parse: a malformed mailto:, an unclosed IPv6 host, a reference to no cell.</summary>
    public static byte[] WithHyperlinks(string secondLine)
    {
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{RawWorkbook.Main}" xmlns:r="{RawWorkbook.RelNs}"><sheetData>{RawWorkbook.JobsHeader()}{RawWorkbook.JobsLine(2, siret: Sirets.Numbered(2))}{secondLine}</sheetData><hyperlinks><hyperlink ref="C2" r:id="rId1"/><hyperlink ref="C3" r:id="rId2"/><hyperlink ref="ZZZ" r:id="rId404"/></hyperlinks></worksheet>""";
        return Valid()
            .Replace("xl/worksheets/sheet1.xml", sheet)
            .Replace("xl/worksheets/_rels/sheet1.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:contact@régie quartier@@sevran" TargetMode="External"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://[::1" TargetMode="External"/></Relationships>""")
            .Build();
    }
}
