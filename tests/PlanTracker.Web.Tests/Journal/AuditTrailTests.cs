using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Audit;
using PlanTracker.Web.Setup;
using PlanTracker.Web.Tests.Hosting;
using PlanTracker.Web.Tests.Imports;

namespace PlanTracker.Web.Tests.Journal;

/// <summary>What the web pages write into the audit log: one line per action, failures included.</summary>
public partial class AuditTrailTests
{
    [Test]
    public async Task AFailedSignIn_LeavesOneLineOfNoPlan_WithTheNameTypedAndTheAddress()
    {
        using var app = await TestApp.WithUsersAsync();
        using var anonymous = app.Anonymous();

        await TestApp.PostFormAsync(anonymous, "/account/signin", new() { ["Name"] = "mallory", ["Password"] = "devinette devinette" });

        var line = (await LinesAsync(app)).Should().ContainSingle().Subject;
        line.Action.Should().Be(AuditActions.SignInFailure);
        line.Outcome.Should().Be(AuditOutcomes.Failure);
        line.UserName.Should().Be("mallory");
        line.PlanId.Should().BeNull();
        line.Subject.Should().StartWith("adresse ");
    }

    [Test]
    public async Task ASuccessfulSignIn_LeavesNoLine()
    {
        using var app = await TestApp.WithUsersAsync();

        using var admin = await app.SignedInAsync("admin");

        (await LinesAsync(app)).Should().BeEmpty();
    }

    [Test]
    public async Task CheckConfirmRollbackAndExport_EachLeaveOneLine()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        using var analyst = await app.SignedInAsync("analyst");

        var report = await ImportFlowTests.UploadAsync(planner, TestWorkbooks.Good(), "t1.xlsx");
        await ImportFlowTests.UploadAsync(planner, TestWorkbooks.Bad(), "faux.xlsx");
        var upload = UploadField().Match(report).Groups[1].Value;
        await TestApp.PostFormAsync(planner, "/imports?handler=confirm", new() { ["upload"] = upload }, formPage: "/imports");
        await TestApp.PostFormAsync(planner, "/imports/rollback/1", []);
        (await analyst.GetAsync("/exports?handler=download&format=csv&asOf=2025-T4")).StatusCode.Should().Be(HttpStatusCode.OK);

        var lines = (await LinesAsync(app)).Reverse().ToList();
        lines.Select(l => (l.Action, l.Outcome)).Should().Equal(
            (AuditActions.ImportCheck, AuditOutcomes.Success),
            (AuditActions.ImportCheck, AuditOutcomes.Failure),
            (AuditActions.Import, AuditOutcomes.Success),
            (AuditActions.Rollback, AuditOutcomes.Success),
            (AuditActions.Export, AuditOutcomes.Success));
        lines.Take(4).Should().OnlyContain(l => l.UserName == TestUsers.NameOf("planner") && l.PlanId == 1);
        lines[1].Detail.Should().Be("refusé : 2 erreur(s), rien n'a été enregistré");
        lines[2].Subject.Should().Be("t1.xlsx, lot 1");
        lines[4].UserName.Should().Be(TestUsers.NameOf("analyst"));
        lines[4].Subject.Should().Be("csv au 2025-T4");
        lines[4].Detail.Should().Be("plan-ess-2025-T4.csv");
    }

    [Test]
    public async Task ARefusedDownload_LeavesNoLine()
    {
        using var app = await TestApp.WithUsersAsync();
        using var viewer = await app.SignedInAsync("viewer");
        using var analyst = await app.SignedInAsync("analyst");

        (await viewer.GetAsync("/exports?handler=download&format=csv")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.GetAsync("/exports?handler=download&format=doc")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await LinesAsync(app)).Should().BeEmpty();
    }

    [Test]
    public async Task TheFirstAdministrator_LeavesOneLine()
    {
        using var app = new TestApp();
        using var client = app.Anonymous();
        var token = app.Services.GetRequiredService<SetupToken>().Current!;

        await TestApp.PostFormAsync(client, "/setup", new()
        {
            ["Token"] = token,
            ["Name"] = "mairie-admin",
            ["Password"] = "une phrase de passe solide",
            ["Confirmation"] = "une phrase de passe solide",
        }, formPage: "/setup?token=" + token);

        var line = (await LinesAsync(app)).Should().ContainSingle().Subject;
        line.Action.Should().Be(AuditActions.SetupAdmin);
        line.Outcome.Should().Be(AuditOutcomes.Success);
        line.UserName.Should().Be("mairie-admin");
        line.PlanId.Should().BeNull();
    }

    internal static Task<IReadOnlyList<AuditRecord>> LinesAsync(TestApp app, int planId = 1) =>
        app.Services.GetRequiredService<AuditLog>().ListAsync(new AuditQuery(planId));

    [GeneratedRegex("name=\"upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadField();
}
