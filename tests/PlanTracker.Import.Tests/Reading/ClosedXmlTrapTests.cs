using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using static PlanTracker.Testing.Workbooks.HostileWorkbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests.Reading;

/// <summary>What crashes ClosedXML (LibreOffice comments in VML, malformed hyperlinks): the reader streams past it and reads the lines.</summary>
public class ClosedXmlTrapTests
{
    public static IEnumerable<HostileFile> Cases()
    {
        yield return new HostileFile("LibreOffice-style file with comments (VML)", Rejection: null)
        {
            JobsAdded = 6,
            Bytes = () => WithComments(JobsLine(3, siret: Sirets.Numbered(3))),
        };
        yield return new HostileFile("malformed hyperlinks", Rejection: null)
        {
            JobsAdded = 6,
            Bytes = () => WithHyperlinks(JobsLine(3, siret: Sirets.Numbered(3))),
        };
    }

    [TestCaseSource(nameof(Cases))]
    public void The_parser_answers_a_hostile_file_cleanly(HostileFile file) => file.ParsesAsExpected();
}
