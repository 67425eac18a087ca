using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Progress;
using PlanTracker.Data;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Importing;
using PlanTracker.Reporting;
using PlanTracker.Reporting.Sources;
using PlanTracker.Testing;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Dashboard;

/// <summary>
/// report.html and the dashboard printed on A4 by Chromium, on the sample workbooks with the quarter's notes: the brief
/// holds on two pages, the appendix follows on its own, and no chart is cut across two pages.
/// </summary>
[NonParallelizable]
public partial class PrintBrowserTests : BrowserTestBase
{
    // A4 less the 12 mm margins of both stylesheets, in CSS pixels (96 per inch).
    private const int PageWidth = (int)((210 - 24) / 25.4 * 96);
    private const int PageHeight = (int)((297 - 24) / 25.4 * 96);

    private string _report = "";

    [OneTimeSetUp]
    public async Task WriteTheReportAsync()
    {
        var database = Services.GetRequiredService<PlanTrackerDatabase>();
        var plan = await Services.GetRequiredService<PlanStore>().LoadAsync(1);
        var importer = new WorkbookImporter(database, 1, TimeProvider.System, ImportLimits.Default);
        foreach (var file in RepositoryPaths.SampleWorkbooks)
        {
            (await importer.ImportAsync(Path.GetFileName(file), await File.ReadAllBytesAsync(file), "m.dupont", false, plan)).Errors.Should().BeEmpty(file);
        }

        var asOf = PlanSnapshot.DefaultAsOf(plan, TimeProvider.System);
        var notes = new QuarterNoteStore(database, 1, TimeProvider.System);
        await notes.AddAsync(asOf, null, Assessment.OnTrack, string.Join('\n', Enumerable.Repeat("Les créations d'emplois ralentissent ce trimestre, surtout en insertion.", 3)), "demo");
        await notes.AddAsync(asOf, 2, Assessment.AtRisk, "Deux chantiers d'insertion ont reporté leurs embauches au printemps : l'axe prend du retard.", "demo");
        var (snapshot, context) = await ReportData.LoadAsync(
            new FiguresStore(database, 1), plan, asOf, TimeProvider.System, "fr", CancellationToken.None, new ReportingCycleStore(database, 1));
        context = context with { Notes = await notes.LatestAsync(asOf) };
        _report = (await ReportWriter.WriteAllAsync(snapshot, context, Path.Combine(Folder, "rapport"))).ReportPath;
        (await Services.GetRequiredService<UserAccounts>().AddAsync(TestUsers.NameOf("viewer"), Roles.Viewer, TestUsers.Password, 1)).Should().Be(AccountChange.Done);
    }

    [Test]
    public async Task Report_PrintedToPdf_BriefOnTwoPagesAtMost_ThenTheAppendix()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(_report).AbsoluteUri);
        await Assertions.Expect(page.Locator("#annexe .chart-data table")).ToHaveCountAsync(7, new() { Timeout = 10_000 });
        await CheckPageAsync(page, "report");

        var folder = TestContext.CurrentContext.WorkDirectory;
        var whole = Pages(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Path = Path.Combine(folder, "report.pdf") }));
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = "#annexe { display: none !important; }" });
        var brief = Pages(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Path = Path.Combine(folder, "report-brief.pdf") }));
        TestContext.Out.WriteLine($"report.html printed: {whole} pages, {brief} without the appendix");

        brief.Should().BeInRange(1, 2, "the brief (cards, notes, freshness, every chart) holds on two A4 pages");
        whole.Should().BeGreaterThan(brief, "the appendix starts on a page of its own");
    }

    [Test]
    public async Task Report_InPrintMedia_EveryChartFitsOnOnePage_AndIsNeverCut()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(PageWidth, PageHeight);
        await page.GotoAsync(new Uri(_report).AbsoluteUri);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-print.png"), FullPage = true });

        TestContext.Out.WriteLine(await page.EvaluateAsync<string>("() => ['header', '.cards', '.note', '.freshness', '#vivier', '.charts', 'section.chart', '#annexe'].map(s => s + ': ' + [...document.querySelectorAll(s)].map(e => Math.round(e.getBoundingClientRect().height)).join('/')).join('; ')"));
        var charts = page.Locator("section.chart");
        (await charts.CountAsync()).Should().BeGreaterThanOrEqualTo(5);
        await ExpectWholeOnAPageAsync(charts);
        await ExpectWholeOnAPageAsync(page.Locator("#annexe .chart-data"));
        (await page.Locator("#annexe").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore")).Should().Be("page");
    }

    [Test]
    public async Task Dashboard_InPrintMedia_HidesNavigationAndForms_KeepsChartsWhole()
    {
        var page = await SignInAsync(TestUsers.NameOf("viewer"), TestUsers.Password);
        await page.SetViewportSizeAsync(PageWidth, PageHeight);
        await page.GotoAsync("/?axis=2");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator("nav.filters")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("header.site nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#card-jobs")).ToBeVisibleAsync();
        await ExpectWholeOnAPageAsync(page.Locator("figure.chart"));
        Pages(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true })).Should().BeGreaterThan(0);
    }

    /// <summary>Each element is kept whole by the print stylesheet (break-inside: avoid) and is no taller than a page, so Chromium never cuts it.</summary>
    private static async Task ExpectWholeOnAPageAsync(ILocator elements)
    {
        var count = await elements.CountAsync();
        count.Should().BePositive();
        for (var i = 0; i < count; i++)
        {
            var element = elements.Nth(i);
            (await element.EvaluateAsync<string>("e => getComputedStyle(e).breakInside")).Should().Be("avoid");
            var box = await element.BoundingBoxAsync();
            box!.Height.Should().BeInRange(1, PageHeight, "element {0} must fit on one A4 page", i);
        }
    }

    /// <summary>The page objects of a PDF ("/Type /Page", not the "/Type /Pages" tree nodes).</summary>
    private static int Pages(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
