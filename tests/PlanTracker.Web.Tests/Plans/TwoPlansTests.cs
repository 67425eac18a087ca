using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Core.Text;
using PlanTracker.Data.Plans;
using PlanTracker.Testing;
using PlanTracker.Testing.Workbooks;
using PlanTracker.Web.Account;
using PlanTracker.Web.Tests.Hosting;
using PlanTracker.Web.Tests.Imports;

namespace PlanTracker.Web.Tests.Plans;

/// <summary>
/// The default plan and the fictitious second plan (sample-data/plans/coteaux.json) side by side in one database,
/// each at its own address, with no code between them.
/// </summary>
public class TwoPlansTests
{
    internal const string Default = "/p/paris-terres-d-envol";
    internal const string Coteaux = "/p/coteaux-2028";

    [Test]
    public async Task EachPlan_AtItsAddress_ShowsItsOwnTerritoryAndTargets()
    {
        using var app = await WithTwoPlansAsync(grantBoth: true);
        using var viewer = await app.SignedInAsync("viewer");

        var coteaux = WebUtility.HtmlDecode(await viewer.GetStringAsync(Coteaux + "/"));
        var ptde = WebUtility.HtmlDecode(await viewer.GetStringAsync(Default + "/"));

        coteaux.Should().Contain("Communauté de communes des Coteaux").And.Contain("Belcoteau").And.Contain("2024–2028")
            .And.NotContain("Sevran");
        ptde.Should().Contain("Paris Terres d'Envol").And.Contain("Sevran").And.Contain($"{Display.Number(1500m)} emplois").And.NotContain("Belcoteau");
        coteaux.Should().Contain($"href=\"{Coteaux}/?asOf=", "the filters stay in the plan");
    }

    [Test]
    public async Task AnUnknownPlan_IsNotFound()
    {
        using var app = await WithTwoPlansAsync(grantBoth: true);
        using var admin = await app.SignedInAsync("admin");

        (await admin.GetAsync("/p/nulle-part/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.GetAsync("/p/nulle-part/imports")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task WithTwoPlans_TheAddressesWithoutAPlan_LeadToTheList_WhichAddsNoTargetsUp()
    {
        using var app = await WithTwoPlansAsync(grantBoth: true);
        using var viewer = await app.SignedInAsync("viewer");

        var home = await viewer.GetAsync("/");
        home.StatusCode.Should().Be(HttpStatusCode.Redirect);
        home.Headers.Location!.OriginalString.Should().Be("/plans");
        (await viewer.GetAsync("/exports")).Headers.Location!.OriginalString.Should().Be("/plans");

        var list = WebUtility.HtmlDecode(await viewer.GetStringAsync("/plans"));
        list.Should().Contain("data-plan=\"paris-terres-d-envol\"").And.Contain("data-plan=\"coteaux-2028\"")
            .And.Contain($"href=\"{Coteaux}/\"").And.Contain($"0 / {Display.Number(1500m)}").And.Contain("ne s'additionnent pas");
        list.Should().NotContain("Total");
    }

    [Test]
    public async Task WebPlan_MakesOneOfSeveralPlansTheHome()
    {
        using var app = await WithTwoPlansAsync(new() { ["Web:Plan"] = "paris-terres-d-envol" }, grantBoth: true);
        using var viewer = await app.SignedInAsync("viewer");

        var home = await viewer.GetAsync("/");

        home.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync()).Should().Contain("Paris Terres d'Envol");
    }

    [Test]
    public async Task AWorkbook_IsCheckedAgainstThePlanOfItsAddress_AndLandsInThatPlanOnly()
    {
        using var app = await WithTwoPlansAsync(grantBoth: true);
        using var planner = await app.SignedInAsync("planner");

        var wrongPlan = await ImportFlowTests.UploadAsync(planner, CoteauxWorkbook.Build(), "coteaux-T1.xlsx", Default + "/imports");
        wrongPlan.Should().Contain("Belcoteau").And.Contain("Sevran", "the message lists the communes of the plan of the address");

        var report = await ImportFlowTests.UploadAsync(planner, CoteauxWorkbook.Build(), "coteaux-T1.xlsx", Coteaux + "/imports");
        var upload = PendingUploadTests.UploadId(report);
        (await PendingUploadTests.ConfirmAsync(planner, upload, Default + "/imports")).StatusCode
            .Should().Be(HttpStatusCode.Conflict, "a workbook checked for one plan is not pending in another");
        (await PendingUploadTests.ConfirmAsync(planner, upload, Coteaux + "/imports")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ImportFlowTests.JobsOnDashboardAsync(planner, Coteaux + "/")).Should().Be("12");
        (await ImportFlowTests.JobsOnDashboardAsync(planner, Default + "/")).Should().Be("0");
        (await app.Services.ImportStore(CoteauxId(app)).ListBatchesAsync()).Should().ContainSingle();
        (await app.Services.ImportStore().ListBatchesAsync()).Should().BeEmpty();
        (await planner.GetStringAsync(Default + "/imports")).Should().NotContain("coteaux-T1.xlsx");

        using var analyst = await app.SignedInAsync("analyst");
        var csv = await analyst.GetStringAsync(Coteaux + "/exports?handler=download&format=csv&asOf=2025-T1");
        csv.Should().Contain("Belcoteau").And.Contain("coteaux-T1.xlsx");
        (await analyst.GetStringAsync(Default + "/exports?handler=download&format=csv&asOf=2025-T1")).Should().NotContain("Belcoteau");
    }

    /// <summary>
    /// The test app, its accounts (one per role on the default plan), and the second plan added as <c>plantracker plans
    /// add</c> adds it; with <paramref name="grantBoth"/>, each account holds the same role on the second plan too.
    /// </summary>
    internal static async Task<TestApp> WithTwoPlansAsync(Dictionary<string, string?>? extra = null, bool grantBoth = false)
    {
        var app = await TestApp.WithUsersAsync(extra);
        var added = await app.Services.GetRequiredService<PlanStore>().AddAsync(await File.ReadAllTextAsync(Territories.CoteauxFile));
        added.Errors.Should().BeEmpty();
        if (grantBoth)
        {
            var accounts = app.Services.GetRequiredService<UserAccounts>();
            foreach (var role in TestUsers.Roles)
            {
                (await accounts.GrantAsync(TestUsers.NameOf(role), added.Plan!.Id, role)).Should().Be(AccountChange.Done);
            }
        }

        return app;
    }

    internal static int CoteauxId(TestApp app) =>
        app.Services.GetRequiredService<PlanStore>().ResolveAsync("coteaux-2028").GetAwaiter().GetResult().Id;
}
