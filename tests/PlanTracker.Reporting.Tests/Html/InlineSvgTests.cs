using PlanTracker.Reporting.Html;

namespace PlanTracker.Reporting.Tests.Html;

/// <summary>What the report and the dashboard both rely on when they inline a chart's SVG.</summary>
public class InlineSvgTests
{
    private const string Chart =
        """
        <?xml version="1.0" encoding="utf-8" ?>
        <!-- drawn by ScottPlot -->
        <svg width="1000" height="560" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <clipPath id="cl_1"><rect width="1" height="1"/></clipPath><g clip-path="url(#cl_1)"></g><use xlink:href="#cl_1"/>
        </svg>
        """;

    private static IEnumerable<TestCaseData> BothForms()
    {
        yield return new TestCaseData((Func<string, string>)(svg => InlineSvg.Titled(svg, "jobs-", "Emplois", "Texte"))).SetArgDisplayNames("Titled");
        yield return new TestCaseData((Func<string, string>)(svg => InlineSvg.Labelled(svg, "jobs-", "Emplois"))).SetArgDisplayNames("Labelled");
    }

    [TestCaseSource(nameof(BothForms))]
    public void BothForms_StartAtTheRoot_DropNamespaces_PrefixEveryIdAndReference(Func<string, string> inline)
    {
        var html = inline(Chart);

        html.Should().StartWith("<svg ").And.NotContain("<?xml").And.NotContain("<!--");
        html.Should().NotContain("xmlns").And.NotContainEquivalentOf("http", "the page makes no request, not even for a namespace");
        html.Should().Contain("id=\"jobs-cl_1\"").And.Contain("url(#jobs-cl_1)").And.Contain("xlink:href=\"#jobs-cl_1\"")
            .And.NotContain("\"cl_1\"").And.NotContain("#cl_1");
        html.Should().Contain("viewBox=\"0 0 1000 560\"");
    }

    [Test]
    public void Titled_ReplacesTheRootWithAScalableOneCarryingTitleAndDescription()
    {
        var html = InlineSvg.Titled(Chart, "c-", "Emplois <créés>", "1 500 & plus");

        html.Should().StartWith("<svg viewBox=\"0 0 1000 560\" width=\"100%\" role=\"img\" aria-labelledby=\"c-title c-desc\">"
                                + "<title id=\"c-title\">Emplois &lt;créés&gt;</title><desc id=\"c-desc\">1 500 &amp; plus</desc>\n<clipPath");
    }

    [Test]
    public void Labelled_KeepsAViewBoxAlreadyThere()
    {
        var html = InlineSvg.Labelled("<svg viewBox=\"0 0 10 20\" width=\"1000\" height=\"560\"><g/></svg>", "c-", "Emplois");

        html.Should().Be("<svg role=\"img\" aria-label=\"Emplois\" focusable=\"false\" viewBox=\"0 0 10 20\" width=\"1000\" height=\"560\"><g/></svg>");
    }

    [TestCase("<svg><g/></svg>")]
    [TestCase("<g/>")]
    public void BothForms_WithoutAnySize_FailLoudly(string svg)
    {
        ((Action)(() => InlineSvg.Titled(svg, "c-", "t", "d"))).Should().Throw<FormatException>();
        ((Action)(() => InlineSvg.Labelled(svg, "c-", "t"))).Should().Throw<FormatException>();
    }
}
