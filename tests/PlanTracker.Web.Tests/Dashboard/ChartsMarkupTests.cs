using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using PlanTracker.Reporting.Charts;
using PlanTracker.Reporting.Html;
using PlanTracker.Web.Dashboard;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Dashboard;

public class ChartsMarkupTests
{
    private static readonly DashboardChart Chart = new(
        "emplois-crees",
        "Emplois créés <cumul>",
        "Texte \"alternatif\" & détails",
        new HtmlString("<svg role=\"img\"><rect/></svg>"),
        new ChartTable("Légende", ["Trimestre", "Emplois"], [["T1 2025", "1 200"], ["T2 2025", "<5>"]], [false, true]));

    [Test]
    public void Build_EncodesTextAsRazorDoes_AndKeepsTheSvgAsIs()
    {
        var html = ChartsMarkup.Build([Chart], "fr", HtmlEncoder.Default).Value!;

        html.Should().Contain("<section aria-labelledby=\"titre-emplois-crees\">")
            .And.Contain("<h3 id=\"titre-emplois-crees\">" + HtmlEncoder.Default.Encode("Emplois créés <cumul>") + "</h3>")
            .And.Contain("<figure class=\"chart\">\n<svg role=\"img\"><rect/></svg>")
            .And.Contain("<figcaption>" + HtmlEncoder.Default.Encode("Texte \"alternatif\" & détails") + "</figcaption>")
            .And.Contain("<summary>" + HtmlEncoder.Default.Encode("Données du graphique") + " — ")
            .And.Contain("<th scope=\"col\">Trimestre</th>")
            .And.Contain("<th scope=\"col\" class=\"num\">Emplois</th>")
            .And.Contain("<th scope=\"row\">T1 2025</th>")
            .And.Contain("<td class=\"num\">&lt;5&gt;</td>")
            .And.NotContain("<cumul>");
    }

    [Test]
    public void Build_TheDataTable_IsTheReportsTable()
    {
        var html = ChartsMarkup.Build([Chart], "fr", HtmlEncoder.Default).Value!;

        var table = new StringBuilder();
        HtmlTable.Append(table, Chart.Table);
        html.Should().Contain("</summary>\n" + table + "    </details>");
    }

    [Test]
    public void Build_WithoutSvg_KeepsTheCaptionAndTable_InEnglish()
    {
        var html = ChartsMarkup.Build([Chart with { Svg = null }], "en", HtmlEncoder.Default).Value!;

        html.Should().NotContain("<svg").And.Contain("<summary>Chart data — ").And.Contain("<figcaption>");
    }

    [Test]
    public async Task Dashboard_SendsTheChartSections_InsideMain_BeforeTheFooter()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");

        var response = await viewer.GetAsync("/?lang=en");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType!.CharSet.Should().Be("utf-8");
        var main = html.IndexOf("<main id=\"contenu\"", StringComparison.Ordinal);
        var cards = html.IndexOf("<section class=\"cards\"", StringComparison.Ordinal);
        var sections = ReportCharts.All.Select(c => html.IndexOf($"<section aria-labelledby=\"titre-{c.FileStem}\">", StringComparison.Ordinal)).ToList();
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        main.Should().BePositive();
        cards.Should().BeGreaterThan(main);
        sections.Should().HaveCount(7).And.BeInAscendingOrder().And.OnlyContain(i => i > cards && i < end);
        html.IndexOf("<footer class=\"site\">", StringComparison.Ordinal).Should().BeGreaterThan(end);
        html.Should().Contain("<body>").And.EndWith("</html>\n").And.Contain("<summary>Chart data — ");
    }
}
