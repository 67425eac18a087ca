using PlanTracker.Core.Text;
using PlanTracker.Reporting.Html;

namespace PlanTracker.Web.Tests.Dashboard;

public class InlineSvgTests
{
    private const string Chart =
        """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" width="1000" height="560">
        <clipPath id="cl_1"><rect width="1" height="1"/></clipPath><g clip-path="url(#cl_1)"></g><use href="#cl_1"/>
        </svg>
        """;

    [Test]
    public void Labelled_DropsTheDeclaration_PrefixesIds_AddsViewBoxAndTextAlternative()
    {
        var html = InlineSvg.Labelled(Chart, "jobs-", "Emplois \"créés\" <1 500>");

        html.Should().StartWith("<svg role=\"img\" aria-label=\"Emplois &quot;cr&#233;&#233;s&quot; &lt;1 500&gt;\" focusable=\"false\" viewBox=\"0 0 1000 560\"");
        html.Should().NotContain("<?xml");
        html.Should().Contain("id=\"jobs-cl_1\"").And.Contain("url(#jobs-cl_1)").And.Contain("href=\"#jobs-cl_1\"");
    }

    [TestCase("C:\\Users\\marie\\T1 2025.xlsx", "T1 2025.xlsx")]
    [TestCase("../../etc/passwd", "passwd")]
    [TestCase("", "classeur.xlsx")]
    public void UploadNames_KeepOnlyTheLastSegment(string given, string kept) =>
        FileNames.Clean(given).Should().Be(kept);
}
