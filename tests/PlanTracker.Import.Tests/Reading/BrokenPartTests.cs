using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.HostileWorkbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Reading;

/// <summary>Workbooks that open as zips but are broken inside: malformed XML, dangling indexes and relationships, characters XML 1.0 forbids.</summary>
public class BrokenPartTests
{
    public static IEnumerable<HostileFile> Cases()
    {
        yield return new HostileFile("malformed sheet XML", "n'est pas du XML valide")
        {
            Bytes = () => Valid().Replace("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1"><v>1</c></row>""").Build(),
        };
        yield return new HostileFile("shared string index out of range", "texte partagé n° 99")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', """<c r="C2" t="s"><v>99</v></c>"""))).Build(),
        };
        yield return new HostileFile("sheet relationship to a missing part", "partie manquante")
        {
            Bytes = () => Valid().Replace("xl/_rels/workbook.xml.rels", WorkbookRels("worksheets/absent.xml")).Build(),
        };
        yield return new HostileFile("sheet relationship escaping the package", "partie manquante")
        {
            Bytes = () => Valid().Replace("xl/_rels/workbook.xml.rels", WorkbookRels("../../../../../etc/passwd")).Build(),
        };
        yield return new HostileFile("sheet relationship to a remote URL (never fetched)", "Feuilles trouvées : « Emplois »")
        {
            Bytes = () => Valid().Replace("xl/_rels/workbook.xml.rels", WorkbookRels("http://127.0.0.1:9/sheet.xml\" TargetMode=\"External")).Build(),
        };
        yield return new HostileFile("character reference to U+0001 (not XML 1.0)", "n'est pas du XML valide")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', InlineXml("C2", "R&#x1;gie")))).Build(),
        };
        yield return new HostileFile("raw NUL byte inside the sheet XML", "n'est pas du XML valide")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(), JobsLine(2, replace: ('C', InlineXml("C2", "R\0gie")))).Build(),
        };
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parser_answers_a_hostile_file_cleanly(HostileFile file) => file.ParsesAsExpected();
}
