using PlanTracker.Web.Tests.Imports;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>Sign-ins, refusals, imports, rollbacks and exports are logged as structured events.</summary>
public class AuditLogTests
{
    [Test]
    public async Task EachSensitiveAction_LeavesAStructuredEvent()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        using var analyst = await app.SignedInAsync("analyst");
        using var anonymous = app.Anonymous();
        await TestApp.PostFormAsync(anonymous, "/account/signin", new() { ["Name"] = "mallory", ["Password"] = "devinette devinette" });
        await anonymous.GetAsync("/exports");
        await analyst.GetAsync("/imports");
        var report = await ImportFlowTests.UploadAsync(planner, TestWorkbooks.Good(), "t1.xlsx");
        var upload = System.Text.RegularExpressions.Regex.Match(report, "name=\"upload\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        await TestApp.PostFormAsync(planner, "/imports?handler=confirm", new() { ["upload"] = upload }, formPage: "/imports");
        await TestApp.PostFormAsync(planner, "/imports/rollback/1", []);
        await analyst.GetAsync("/exports?handler=download&format=csv");

        var events = app.Logs.Events.ToList();
        string? Field(string template, string field) =>
            events.Where(e => e.Fields.TryGetValue("{OriginalFormat}", out var f) && (f as string)!.StartsWith(template, StringComparison.Ordinal))
                .Select(e => e.Fields.TryGetValue(field, out var v) ? v?.ToString() : null)
                .FirstOrDefault();

        Field("Sign-in of", "User").Should().Be(TestUsers.NameOf("planner"));
        Field("Sign-in failed", "User").Should().Be("mallory");
        Field("Access refused to an anonymous", "Path").Should().Be("/exports");
        Field("Access refused to {User}", "User").Should().Be(TestUsers.NameOf("analyst"));
        Field("Import of", "Batch").Should().Be("1");
        Field("Rollback of batch", "Result").Should().Be("Done");
        Field("Export", "File").Should().Be("plan-ess-2026-T3.csv");
    }
}
