using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Data;
using PlanTracker.Data.Imports;
using PlanTracker.Web.Dashboard;
using PlanTracker.Web.Tests.Hosting;
using PlanTracker.Web.Tests.Imports;
using PlanTracker.Testing;

namespace PlanTracker.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's figures and charts are computed once per data version (read from the database at most once a
/// second), as-of quarter and language: hits draw nothing; an import or a rollback made through this server's pages
/// shows on the next request, one made by another process on the same database or on another server within a second.
/// </summary>
public class DashboardCacheTests
{
    private const string Siret = "73282932000074";

    [Test]
    public async Task SecondRequest_DoesNotRender_AnotherScopeDrawsOnlyItsOwnChartsOnce()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        var figures = app.Services.GetRequiredService<DashboardFigures>();

        var first = await viewer.GetStringAsync("/");
        var renders = figures.Renders;
        var second = await viewer.GetStringAsync("/");
        var axis = await viewer.GetStringAsync("/?axis=2");
        await viewer.GetStringAsync("/?commune=Sevran");
        var axisAgain = await viewer.GetStringAsync("/?axis=2");

        renders.Should().Be(1);
        figures.Renders.Should().Be(1, "the same data, quarter and language: the figures are read once, whatever the scope");
        figures.ScopedRenders.Should().Be(2, "each scope draws its charts once, then is served from the cache");
        WithoutTokens(second).Should().Be(WithoutTokens(first));
        WithoutTokens(axisAgain).Should().Be(WithoutTokens(axis));
        axis.Should().Contain("Emplois créés — Axe 2 (contribution)").And.NotContain("Emplois créés — Sevran");
    }

    [Test]
    public async Task AnotherQuarterOrLanguage_RendersOnceEach()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        var figures = app.Services.GetRequiredService<DashboardFigures>();

        await viewer.GetStringAsync("/");
        await viewer.GetStringAsync("/?asOf=2025-T4");
        var english = await viewer.GetStringAsync("/?asOf=2025-T4&lang=en");
        await viewer.GetStringAsync("/?asOf=2025-T4&lang=fr");
        await viewer.GetStringAsync("/");

        figures.Renders.Should().Be(3);
        english.Should().Contain("Dashboard");
    }

    [Test]
    public async Task ConcurrentMisses_RenderOnce()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        var figures = app.Services.GetRequiredService<DashboardFigures>();

        var pages = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => viewer.GetStringAsync("/")));

        figures.Renders.Should().Be(1, "the first miss draws, the 15 others await it");
        pages.Select(WithoutTokens).Distinct().Should().ContainSingle();
    }

    [Test]
    public async Task ImportAndRollback_ThroughTheStoreOnTheSameDatabase_ShowWithinTheVersionBound()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        var figures = app.Services.GetRequiredService<DashboardFigures>();
        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("0");
        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("0");

        // As the CLI would: another process, its own connections to the same file.
        var elsewhere = new PlanTrackerDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(app.Folder, "plantracker.db")}");
        var store = new ImportStore(elsewhere, 1, app.Time);
        var batch = await store.ImportAsync(Request("t1.xlsx", jobs: 12));

        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("0", "the version read less than a second ago is still used");
        app.Time.Advance(TimeSpan.FromSeconds(0.9));
        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("0");
        app.Time.Advance(TimeSpan.FromSeconds(0.1));
        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("12", "a second after it was read, the version is read again");
        figures.Renders.Should().Be(2);

        (await store.ImportAsync(Request("t1.xlsx", jobs: 12))).AlreadyImported.Should().NotBeNull();
        app.Time.Advance(figures.VersionBound);
        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("12");
        figures.Renders.Should().Be(2, "re-importing the same bytes changes nothing, so nothing is drawn again");

        (await store.RollbackAsync(batch.BatchId!.Value, "agent")).Result.Should().Be(RollbackResult.Done);
        app.Time.Advance(figures.VersionBound);
        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("0");
        figures.Renders.Should().Be(3);
        SqliteConnection.ClearPool(new SqliteConnection(elsewhere.ConnectionString));
    }

    [Test]
    public async Task ImportAndRollback_ThroughTheWeb_ShowOnTheNextRequest()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        var figures = app.Services.GetRequiredService<DashboardFigures>();
        (await ImportFlowTests.JobsOnDashboardAsync(planner)).Should().Be("0");

        var report = await ImportFlowTests.UploadAsync(planner, TestWorkbooks.Good(), "T1-T2 2025.xlsx");
        var upload = System.Text.RegularExpressions.Regex.Match(report, "name=\"upload\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        await TestApp.PostFormAsync(planner, "/imports?handler=confirm", new() { ["upload"] = upload }, formPage: "/imports");
        (await ImportFlowTests.JobsOnDashboardAsync(planner)).Should().Be("42");
        (await ImportFlowTests.JobsOnDashboardAsync(planner)).Should().Be("42");
        figures.Renders.Should().Be(2);

        await TestApp.PostFormAsync(planner, "/imports/rollback/1", []);
        (await ImportFlowTests.JobsOnDashboardAsync(planner)).Should().Be("0");
        figures.Renders.Should().Be(3);
    }

    [Test]
    public async Task ImportOnOneServer_ShowsOnTheOtherServer_WithinTheVersionBound()
    {
        using var a = await TestApp.WithUsersAsync();
        var shared = new Dictionary<string, string?> { ["ConnectionStrings:PlanTracker"] = $"Data Source={Path.Combine(a.Folder, "plantracker.db")}" };
        using var b = new TestApp(shared);
        using var onB = await b.SignedInAsync("viewer");
        (await ImportFlowTests.JobsOnDashboardAsync(onB)).Should().Be("0");

        await a.Services.ImportStore().ImportAsync(Request("a.xlsx", jobs: 7));
        b.Time.Advance(b.Services.GetRequiredService<DashboardFigures>().VersionBound);

        (await ImportFlowTests.JobsOnDashboardAsync(onB)).Should().Be("7", "B reads the data version from the database, not from A");
        (await ImportFlowTests.JobsOnDashboardAsync(onB)).Should().Be("7");
        b.Services.GetRequiredService<DashboardFigures>().Renders.Should().Be(2);
    }

    [Test]
    public async Task TheDefaultVersionBound_IsOneSecond_AndZeroReadsItOnEveryRequest()
    {
        using (var app = await TestApp.WithUsersAsync())
        {
            app.Services.GetRequiredService<DashboardFigures>().VersionBound.Should().Be(TimeSpan.FromSeconds(1));
        }

        using var always = await TestApp.WithUsersAsync(new() { ["Dashboard:VersionSeconds"] = "0" });
        using var viewer = await always.SignedInAsync("viewer");
        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("0");

        await always.Services.ImportStore().ImportAsync(Request("z.xlsx", jobs: 5));

        (await ImportFlowTests.JobsOnDashboardAsync(viewer)).Should().Be("5", "no clock moved: the version is read on every request");
    }

    [Test]
    public async Task ExportedCharts_AreTheDashboardsDrawing_DrawnOnce()
    {
        using var app = await TestApp.WithUsersAsync();
        using var analyst = await app.SignedInAsync("analyst");
        var figures = app.Services.GetRequiredService<DashboardFigures>();
        await app.Services.ImportStore().ImportAsync(Request("t.xlsx", jobs: 9));

        var png = await analyst.GetAsync("/exports?handler=chart&kind=emplois-crees&format=png");
        var again = await analyst.GetAsync("/exports?handler=chart&kind=emplois-crees&format=png");
        var svg = await analyst.GetAsync("/exports?handler=chart&kind=flux-trimestriel&format=svg");
        await analyst.GetStringAsync("/");

        png.StatusCode.Should().Be(HttpStatusCode.OK);
        svg.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.Content.ReadAsByteArrayAsync()).Should().Equal(await png.Content.ReadAsByteArrayAsync());
        (await svg.Content.ReadAsStringAsync()).Should().Contain("<svg");
        figures.Renders.Should().Be(1, "PNG and SVG of every chart come from one drawing, which the dashboard shares");
        png.Headers.CacheControl!.NoStore.Should().BeTrue("browsers still must not keep them");
    }

    [Test]
    public async Task NewQuarter_RecomputesTheForecast()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        var figures = app.Services.GetRequiredService<DashboardFigures>();
        await viewer.GetStringAsync("/?asOf=2025-T4");

        // 2027-T1 has begun: 2026-T4 is now complete (a new session: the first one has expired meanwhile).
        app.Time.Advance(TimeSpan.FromDays(50));
        using var later = await app.SignedInAsync("viewer");
        await later.GetStringAsync("/?asOf=2025-T4");

        figures.Renders.Should().Be(2, "which quarters are complete depends on the date, so the current quarter is part of the key");
    }

    [Test]
    public async Task FailedComputation_IsForgotten_AndTheNextCallTriesAgain()
    {
        using var cache = new FiguresCache(new ConfigurationBuilder().Build());
        var calls = 0;

        var failing = () => cache.GetAsync<string>("k", () => { calls++; throw new InvalidOperationException("boom"); }, _ => 1, CancellationToken.None);
        await failing.Should().ThrowAsync<InvalidOperationException>();
        var value = await cache.GetAsync("k", () => { calls++; return Task.FromResult("ok"); }, v => v.Length, CancellationToken.None);
        var cached = await cache.GetAsync("k", () => { calls++; return Task.FromResult("other"); }, v => v.Length, CancellationToken.None);

        value.Should().Be("ok");
        cached.Should().Be("ok");
        calls.Should().Be(2);
    }

    [Test]
    public async Task AWaiterGivingUp_DoesNotCancelTheComputationForTheOthers()
    {
        using var cache = new FiguresCache(new ConfigurationBuilder().Build());
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();

        var first = cache.GetAsync("k", () => release.Task, v => v.Length, impatient.Token);
        var second = cache.GetAsync("k", () => Task.FromResult("second"), v => v.Length, CancellationToken.None);
        await impatient.CancelAsync();
        release.SetResult("drawn");

        await first.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        (await second).Should().Be("drawn");
    }

    [Test]
    public async Task TheBound_EvictsWhatDoesNotFit()
    {
        var settings = new Dictionary<string, string?> { ["Dashboard:CacheMegabytes"] = "1" };
        using var cache = new FiguresCache(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var calls = 0;

        for (var i = 0; i < 3; i++)
        {
            await cache.GetAsync("big", () => { calls++; return Task.FromResult(new byte[10]); }, _ => 2 * 1024 * 1024, CancellationToken.None);
        }

        calls.Should().Be(3, "a value larger than the whole bound is not kept");
    }

    // The sign-out form's antiforgery token differs on every page; the rest must not.
    private static string WithoutTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");

    private static ImportRequest Request(string file, int jobs) =>
        new(file, "sha-" + file + "-" + jobs, "agent",
            [new JobLine(Quarter.Parse("2025-T1"), Siret, "Régie de quartier", Territories.Commune("Sevran"), Territories.Axis(1), jobs, null, ContractType.Cdi, null, "Emplois", 2)],
            []);
}
