using System.Text;
using PlanTracker.Import.Tests.Workbooks;
using static PlanTracker.Testing.Workbooks.HostileWorkbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Preflight;

/// <summary>XXE and entity expansion in each XML part of a workbook, plus the ways around a naive DOCTYPE search: each refused, nothing expanded or fetched.</summary>
public class EntityAttackTests
{
    public static IEnumerable<HostileFile> Cases()
    {
        foreach (var part in XmlParts)
        {
            yield return new HostileFile($"XXE (file:///etc/passwd) in {part}", $"DOCTYPE (partie {part})")
            {
                Bytes = () => WithDoctype(part, ExternalEntity, "&xxe;"),
            };
            yield return new HostileFile($"billion laughs in {part}", $"DOCTYPE (partie {part})")
            {
                Bytes = () => WithDoctype(part, Laughs, "&l9;"),
            };
        }

        yield return new HostileFile("parameter entity fetching a remote DTD in the sheet", "DOCTYPE")
        {
            Bytes = () => WithDoctype("xl/worksheets/sheet1.xml", """<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>""", null),
        };
        yield return new HostileFile("DOCTYPE in a UTF-16 sharedStrings part", "DOCTYPE")
        {
            Bytes = () => Valid().Replace("xl/sharedStrings.xml", [.. Encoding.Unicode.GetPreamble(),
                .. Encoding.Unicode.GetBytes($"""<?xml version="1.0" encoding="UTF-16"?>{Laughs}<sst xmlns="{Main}"><si><t>&l9;</t></si></sst>""")]).Build(),
        };
        yield return new HostileFile("DOCTYPE in a sheet part not named .xml (reader refuses DTDs itself)", "n'est pas du XML valide")
        {
            Bytes = () => Valid()
                .Replace("xl/_rels/workbook.xml.rels", WorkbookRels("worksheets/sheet1.bin"))
                .Replace("xl/worksheets/sheet1.bin", $"""<?xml version="1.0"?>{Laughs}<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>""")
                .Build(),
        };
        yield return new HostileFile("DOCTYPE in a UTF-32 sheet part (not searched for: the reader refuses it)", "endommagé")
        {
            Bytes = () => Valid().Replace("xl/worksheets/sheet1.xml", [.. new UTF32Encoding(false, true).GetPreamble(),
                .. new UTF32Encoding(false, true).GetBytes($"""<?xml version="1.0" encoding="UTF-32"?>{Laughs}<worksheet xmlns="{Main}"><sheetData/></worksheet>""")]).Build(),
        };
        yield return new HostileFile("second entry of the same name carries a DOCTYPE", "DOCTYPE")
        {
            Bytes = () => Valid().Add("xl/worksheets/sheet1.xml", $"""<?xml version="1.0"?>{Laughs}<worksheet xmlns="{Main}"/>""").Build(),
        };
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parser_answers_a_hostile_file_cleanly(HostileFile file) => file.ParsesAsExpected();
}
