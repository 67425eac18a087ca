using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Tests.Reading;

public class PartPathTests
{
    [TestCase("xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml")]
    [TestCase("xl/worksheets/sheet1.xml", "../comments1.xml", "xl/comments1.xml")]
    [TestCase("xl/workbook.xml", "/xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml")]
    [TestCase("xl/workbook.xml", "worksheets\\sheet3.xml", "xl/worksheets/sheet3.xml")]
    [TestCase("xl/workbook.xml", "worksheets/feuille%20un.xml", "xl/worksheets/feuille un.xml")]
    [TestCase("xl/workbook.xml", "../../../etc/passwd", "etc/passwd")]
    public void Resolve_RelativeAbsoluteEscapedOrClimbing_GivesThePartName(string source, string target, string expected)
    {
        PartPath.Resolve(source, target).Should().Be(expected);
    }

    [TestCase("xl/workbook.xml", "xl/_rels/workbook.xml.rels")]
    [TestCase("[Content_Types].xml", "_rels/[Content_Types].xml.rels")]
    public void RelationshipsOf_IsBesideThePartInUnderscoreRels(string part, string expected)
    {
        PartPath.RelationshipsOf(part).Should().Be(expected);
    }
}
