using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Audit;
using PlanTracker.Web.Tests.Hosting;
using PlanTracker.Web.Tests.Plans;

namespace PlanTracker.Web.Tests.Journal;

/// <summary>The Journal page: administrators only, newest first, French, filtered, paged, one plan's lines.</summary>
public class JournalPageTests
{
    [Test]
    public async Task Admin_ReadsTheLinesNewestFirst_InFrench()
    {
        using var app = await TestApp.WithUsersAsync();
        var log = app.Services.GetRequiredService<AuditLog>();
        await log.AppendAsync(AuditEntry.Success(1, "marie", AuditActions.Import, "t1.xlsx, lot 1", "emplois +3"));
        app.Time.Advance(TimeSpan.FromMinutes(5));
        await log.AppendAsync(AuditEntry.Failure(null, "mallory", AuditActions.SignInFailure, "adresse 10.0.0.1"));
        using var admin = await app.SignedInAsync("admin");

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/journal"));

        html.Should().Contain("Journal des actions").And.Contain("26/11/2026 à 09h00").And.Contain("26/11/2026 à 09h05");
        html.IndexOf("mallory", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("marie", StringComparison.Ordinal), "newest first");
        html.Should().Contain("échec de connexion (tous plans)").And.Contain("succès").And.Contain("échec").And.Contain("emplois +3");
    }

    [Test]
    public async Task TheFilters_ByUserAndSince_AndABadDate_SayWhatWasExpected()
    {
        using var app = await TestApp.WithUsersAsync();
        var log = app.Services.GetRequiredService<AuditLog>();
        await log.AppendAsync(AuditEntry.Success(1, "marie", AuditActions.Export, "csv au 2026-T3"));
        app.Time.Advance(TimeSpan.FromDays(2));
        await log.AppendAsync(AuditEntry.Success(1, "paul", AuditActions.Export, "xlsx au 2026-T3"));
        using var admin = await app.SignedInAsync("admin");

        WebUtility.HtmlDecode(await admin.GetStringAsync("/journal?user=marie")).Should().Contain("csv au").And.NotContain("xlsx au");
        WebUtility.HtmlDecode(await admin.GetStringAsync("/journal?since=2026-11-27")).Should().Contain("xlsx au").And.NotContain("csv au");
        var bad = await admin.GetAsync("/journal?since=demain");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()).Should().Contain("« demain » n'est pas une date (attendu : 2026-12-01 ou 01/12/2026)");
    }

    [Test]
    public async Task ALongLog_IsPaged_FiftyLinesAPage()
    {
        using var app = await TestApp.WithUsersAsync();
        var log = app.Services.GetRequiredService<AuditLog>();
        for (var i = 1; i <= 51; i++)
        {
            await log.AppendAsync(AuditEntry.Success(1, "u", AuditActions.Export, $"ligne-{i:D2}"));
        }

        using var admin = await app.SignedInAsync("admin");

        var first = WebUtility.HtmlDecode(await admin.GetStringAsync("/journal?user=u"));
        first.Should().Contain("ligne-51").And.Contain("ligne-02").And.NotContain("ligne-01");
        first.Should().Contain("href=\"/p/paris-terres-d-envol/journal?user=u&pageNumber=2\"");
        var second = WebUtility.HtmlDecode(await admin.GetStringAsync("/journal?user=u&pageNumber=2"));
        second.Should().Contain("ligne-01").And.NotContain("ligne-02").And.Contain("Page précédente");
    }

    [Test]
    public async Task TheNavigation_OffersTheJournalToAdministratorsOnly()
    {
        using var app = await TestApp.WithUsersAsync();
        foreach (var role in TestUsers.Roles)
        {
            using var client = await app.SignedInAsync(role);
            var offered = (await client.GetStringAsync("/")).Contains("/journal\"", StringComparison.Ordinal);
            offered.Should().Be(role == "admin", "the journal link is for administrators ({0})", role);
        }
    }

    [Test]
    public async Task EachPlansJournal_ShowsItsOwnLines_AndThoseOfNoPlan()
    {
        using var app = await TwoPlansTests.WithTwoPlansAsync(grantBoth: true);
        var coteaux = TwoPlansTests.CoteauxId(app);
        var log = app.Services.GetRequiredService<AuditLog>();
        await log.AppendAsync(AuditEntry.Success(1, "u", AuditActions.Export, "export-premier-plan"));
        await log.AppendAsync(AuditEntry.Success(coteaux, "u", AuditActions.Export, "export-second-plan"));
        await log.AppendAsync(AuditEntry.Failure(null, "mallory", AuditActions.SignInFailure, "adresse 10.0.0.1"));
        using var admin = await app.SignedInAsync("admin");

        var second = WebUtility.HtmlDecode(await admin.GetStringAsync(TwoPlansTests.Coteaux + "/journal"));

        second.Should().Contain("export-second-plan").And.Contain("mallory").And.NotContain("export-premier-plan");
    }
}
