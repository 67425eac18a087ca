using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Imports;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Imports;

/// <summary>
/// A checked workbook waits in the database, not on one instance: two instances on one SQLite file, one browser whose
/// requests land on either. Expired, cancelled, rejected or someone else's uploads are never imported.
/// </summary>
public partial class PendingUploadTests
{
    [Test]
    public async Task CheckedOnA_ConfirmedOnB_RolledBackFromA()
    {
        using var shared = new SharedDatabase();
        var (a, b, onA, onB) = await PlannerOnTwoInstancesAsync(shared);

        var report = await ImportFlowTests.UploadAsync(onA, TestWorkbooks.Good(), "T1-T2 2025.xlsx");
        report.Should().Contain("Confirmer l'import");
        var confirmed = await ConfirmAsync(onB, UploadId(report));

        confirmed.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()).Should().Contain("Le classeur est importé");
        (await ImportFlowTests.JobsOnDashboardAsync(onB)).Should().Be("42");
        (await PendingCountAsync(a)).Should().Be(0, "a confirmed upload leaves the database");
        Directory.GetFiles(shared.Folder).Select(Path.GetFileName).Should().OnlyContain(f => f!.StartsWith("shared.db", StringComparison.Ordinal));

        var rollback = await TestApp.PostFormAsync(onA, "/imports/rollback/1", []);

        WebUtility.HtmlDecode(await rollback.Content.ReadAsStringAsync()).Should().Contain("Le lot 1 est annulé");
        var batch = (await b.Services.ImportStore().ListBatchesAsync()).Should().ContainSingle().Subject;
        batch.RolledBackAtUtc.Should().NotBeNull();
    }

    [Test]
    public async Task Expired_CannotBeConfirmed()
    {
        using var shared = new SharedDatabase(new() { ["Imports:PendingMinutes"] = "5" });
        var (a, b, onA, onB) = await PlannerOnTwoInstancesAsync(shared);
        var upload = UploadId(await ImportFlowTests.UploadAsync(onA, TestWorkbooks.Good(), "T1-T2 2025.xlsx"));

        b.Time.Advance(TimeSpan.FromMinutes(5));
        var confirmed = await ConfirmAsync(onB, upload);

        confirmed.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()).Should().Contain("n'est plus en attente");
        (await b.Services.ImportStore().ListBatchesAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task SomeoneElses_CannotBeConfirmed_ButItsOwnerStillCan()
    {
        using var shared = new SharedDatabase();
        var a = await shared.InstanceWithUsersAsync();
        var b = shared.Instance();
        var planner = SharedDatabase.ClientOf(a, new CookieContainer());
        var admin = SharedDatabase.ClientOf(b, new CookieContainer());
        await SharedDatabase.SignInAsync(planner, "planner");
        await SharedDatabase.SignInAsync(admin, "admin");
        var upload = UploadId(await ImportFlowTests.UploadAsync(planner, TestWorkbooks.Good(), "T1-T2 2025.xlsx"));

        var foreign = await ConfirmAsync(admin, upload);

        foreign.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync()).Should().Contain("n'est plus en attente");
        (await b.Services.ImportStore().ListBatchesAsync()).Should().BeEmpty();
        (await TestApp.PostFormAsync(admin, "/imports?handler=cancel", new() { ["upload"] = upload }, formPage: "/imports"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ConfirmAsync(planner, upload)).StatusCode.Should().Be(HttpStatusCode.OK, "nobody else can cancel it either");
        (await b.Services.ImportStore().ListBatchesAsync()).Should().ContainSingle();
    }

    [Test]
    public async Task Cancelled_IsRemoved_AndCannotBeConfirmed()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        var upload = UploadId(await ImportFlowTests.UploadAsync(planner, TestWorkbooks.Good(), "T1-T2 2025.xlsx"));
        (await PendingCountAsync(app)).Should().Be(1);

        var cancelled = await TestApp.PostFormAsync(planner, "/imports?handler=cancel", new() { ["upload"] = upload }, formPage: "/imports");

        cancelled.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PendingCountAsync(app)).Should().Be(0);
        (await ConfirmAsync(planner, upload)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Rejected_CannotBeConfirmedByAHandMadeForm()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        var report = await ImportFlowTests.UploadAsync(planner, TestWorkbooks.Bad(), "faux.xlsx");
        var upload = AnnotatedUpload().Match(report).Groups[1].Value;
        upload.Should().NotBeEmpty();

        var confirmed = await ConfirmAsync(planner, upload);

        confirmed.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()).Should().Contain("contient des erreurs");
        (await app.Services.ImportStore().ListBatchesAsync()).Should().BeEmpty();
    }

    internal static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string upload, string imports = "/imports")
    {
        var token = await TestApp.AntiforgeryTokenAsync(client, imports);
        return await client.PostAsync(imports + "?handler=confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["upload"] = upload,
            ["__RequestVerificationToken"] = token,
        }));
    }

    // One planner's browser, signed in, whose requests the load balancer sends to either of two instances.
    private static async Task<(TestApp A, TestApp B, HttpClient OnA, HttpClient OnB)> PlannerOnTwoInstancesAsync(SharedDatabase shared)
    {
        var a = await shared.InstanceWithUsersAsync();
        var b = shared.Instance();
        var browser = new CookieContainer();
        var onA = SharedDatabase.ClientOf(a, browser);
        await SharedDatabase.SignInAsync(onA, "planner");
        return (a, b, onA, SharedDatabase.ClientOf(b, browser));
    }

    private static async Task<long> PendingCountAsync(TestApp app)
    {
        await using var connection = await app.Services.GetRequiredService<PlanTrackerDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(1) FROM pending_upload";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    internal static string UploadId(string report)
    {
        var match = UploadField().Match(report);
        match.Success.Should().BeTrue("the report should offer to confirm");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadField();

    [GeneratedRegex("handler=annotated&(?:amp;)?upload=([0-9a-f]{32})")]
    private static partial Regex AnnotatedUpload();
}
