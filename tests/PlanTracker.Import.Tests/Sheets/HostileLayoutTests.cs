using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.HostileWorkbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Sheets;

/// <summary>Sheets laid out to mislead or exhaust: Strict OOXML, hundreds of sheets, tables at the far edge of the grid, absurd references, deep nesting.</summary>
public class HostileLayoutTests
{
    public static IEnumerable<HostileFile> Cases()
    {
        yield return new HostileFile("Strict OOXML", "Open XML Strict")
        {
            Bytes = () => Valid().Replace("xl/workbook.xml", StrictWorkbookXml).Build(),
        };
        yield return new HostileFile("500 sheets, none of them known", "Feuilles trouvées")
        {
            Bytes = () =>
            {
                var workbook = new RawWorkbook();
                for (var i = 1; i <= 500; i++)
                {
                    workbook.Sheet($"Feuille {i}", Row(1, Inline("A1", "x")));
                }

                return workbook.Build();
            },
        };
        yield return new HostileFile("500 sheets, two of them jobs sheets", "sont toutes deux")
        {
            Bytes = () =>
            {
                var workbook = new RawWorkbook();
                for (var i = 1; i <= 498; i++)
                {
                    workbook.Sheet($"Feuille {i}");
                }

                return workbook.Sheet("Emplois", JobsHeader(), JobsLine(2)).Sheet("Jobs", JobsHeader(), JobsLine(2)).Build();
            },
        };
        yield return new HostileFile("data beside the table in column XFD", Rejection: null)
        {
            JobsAdded = 6,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(),
                JobsLine(2, siret: Sirets.Numbered(2), replace: ('Z', Inline("XFD2", "note en XFD"))),
                JobsLine(3, siret: Sirets.Numbered(3))).Build(),
        };
        yield return new HostileFile("a whole table in columns XEY:XFD", Rejection: null)
        {
            JobsAdded = 3,
            Bytes = () =>
            {
                string[] columns = ["XEY", "XEZ", "XFA", "XFB", "XFC", "XFD"];
                string[] values = ["2025-T1", Sirets.A, "Régie", "Sevran", "1", "3"];
                return new RawWorkbook().Sheet("Emplois",
                    Row(1, columns.Select((c, i) => Inline($"{c}1", JobsHeaders[i])).ToArray()),
                    Row(2, columns.Select((c, i) => Inline($"{c}2", values[i])).ToArray())).Build();
            },
        };
        yield return new HostileFile("a lone cell in XFD1048576 under a dimension of the whole grid", "ligne d'en-têtes introuvable")
        {
            Bytes = () => new RawWorkbook().SheetXml("Emplois",
                $"""<worksheet xmlns="{Main}"><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>""").Build(),
        };
        yield return new HostileFile("absurd row and cell references", "a 1 chiffres au lieu de 14")
        {
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(),
                """<row r="99999999999"><c r="AAAAAAAAAAAAAAAAAAAA99999999999" t="inlineStr"><is><t>2025-T1</t></is></c><c r="-5"><v>1</v></c></row>""").Build(),
        };
        yield return new HostileFile("100,000 nested elements in one cell (read as the text they hold)", Rejection: null)
        {
            JobsAdded = 3,
            Bytes = () => new RawWorkbook().Sheet("Emplois", JobsHeader(),
                JobsLine(2, replace: ('C', $"""<c r="C2" t="inlineStr"><is>{string.Concat(Enumerable.Repeat("<r>", 100_000))}<t>x</t>{string.Concat(Enumerable.Repeat("</r>", 100_000))}</is></c>"""))).Build(),
        };
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parser_answers_a_hostile_file_cleanly(HostileFile file) => file.ParsesAsExpected();
}
