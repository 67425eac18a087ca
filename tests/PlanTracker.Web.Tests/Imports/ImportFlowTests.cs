using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Imports;
using PlanTracker.Web.Tests.Hosting;

namespace PlanTracker.Web.Tests.Imports;

/// <summary>Upload → report → confirm → dashboard; a bad workbook's errors and annotated copy; rollback; the size limit.</summary>
public partial class ImportFlowTests
{
    [Test]
    public async Task GoodWorkbook_Report_Confirm_DashboardChanges_ThenRollback()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        (await JobsOnDashboardAsync(planner)).Should().Be("0");

        var report = await UploadAsync(planner, TestWorkbooks.Good(), "T1-T2 2025.xlsx");
        report.Should().Contain("Aucune erreur").And.Contain("Confirmer l'import");
        (await JobsOnDashboardAsync(planner)).Should().Be("0", "nothing is stored before confirmation");

        var upload = UploadField().Match(report).Groups[1].Value;
        var token = await TestApp.AntiforgeryTokenAsync(planner, "/imports");
        var confirmed = await planner.PostAsync("/imports?handler=confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["upload"] = upload,
            ["__RequestVerificationToken"] = token,
        }));
        var result = WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync());
        result.Should().Contain("Le classeur est importé");
        (await JobsOnDashboardAsync(planner)).Should().Be("42");

        var rollback = await TestApp.PostFormAsync(planner, "/imports/rollback/1", []);
        WebUtility.HtmlDecode(await rollback.Content.ReadAsStringAsync()).Should().Contain("Le lot 1 est annulé");
        (await JobsOnDashboardAsync(planner)).Should().Be("0");
    }

    [Test]
    public async Task BadWorkbook_ShowsEveryError_AndTheAnnotatedCopyDownloads()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");

        var report = await UploadAsync(planner, TestWorkbooks.Bad(), "faux.xlsx");

        report.Should().Contain("2 erreur(s)").And.Contain("Paris 20e").And.Contain("12,5");
        var link = WebUtility.HtmlDecode(AnnotatedLink().Match(report).Groups[1].Value);
        var annotated = await planner.GetAsync(link);
        annotated.StatusCode.Should().Be(HttpStatusCode.OK);
        annotated.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await annotated.Content.ReadAsByteArrayAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');
        (await JobsOnDashboardAsync(planner)).Should().Be("0");
    }

    [Test]
    public async Task AnotherPlanner_CannotConfirmOrDownloadSomeoneElsesUpload()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        using var admin = await app.SignedInAsync("admin");
        var report = await UploadAsync(planner, TestWorkbooks.Bad(), "faux.xlsx");
        var link = WebUtility.HtmlDecode(AnnotatedLink().Match(report).Groups[1].Value);

        (await admin.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AfterAnImport_TheCsvExportListsJobLinesAndCooperatives_WithTheirSource()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        using var analyst = await app.SignedInAsync("analyst");
        var report = await UploadAsync(planner, TestWorkbooks.Good(), "T1-T2 2025.xlsx");
        await TestApp.PostFormAsync(planner, "/imports?handler=confirm", new() { ["upload"] = UploadField().Match(report).Groups[1].Value }, formPage: "/imports");

        var csv = await analyst.GetStringAsync("/exports?handler=download&format=csv");

        csv.Should().Contain("Régie de quartier Sevran").And.Contain("Coop Drancy Services").And.Contain("SCIC Envol").And.Contain("T1-T2 2025.xlsx");
    }

    [Test]
    public async Task Template_Downloads()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");

        var response = await planner.GetAsync("/imports?handler=template");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("modele-trimestriel.xlsx");
    }

    [Test]
    public async Task RequestOver20MB_IsRefusedBeforeReading_WithAFriendlyPage()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        var token = await TestApp.AntiforgeryTokenAsync(planner, "/imports");

        var response = await planner.PostAsync("/imports?handler=upload", Multipart(new byte[21 * 1024 * 1024], "gros.xlsx", token));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Fichier trop volumineux").And.Contain("20 Mo");
    }

    [Test]
    public async Task FileJustOver20MB_IsRefusedByTheHandler()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");
        var token = await TestApp.AntiforgeryTokenAsync(planner, "/imports");

        var response = await planner.PostAsync("/imports?handler=upload", Multipart(new byte[20 * 1024 * 1024 + 10], "juste.xlsx", token));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("class=\"error\"");
    }

    [Test]
    public async Task UploadedFiles_WaitInTheDatabase_UnderRandomIds_WithTheirLastNameSegment_NothingOnDisk()
    {
        using var app = await TestApp.WithUsersAsync();
        using var planner = await app.SignedInAsync("planner");

        var workbook = TestWorkbooks.Good();
        var report = await UploadAsync(planner, workbook, "../../etc/passwd.xlsx");

        var upload = UploadField().Match(report).Groups[1].Value;
        var pending = await app.Services.PendingUploads().FindAsync(upload, TestUsers.NameOf("planner"));
        pending.Should().NotBeNull();
        pending!.FileName.Should().Be("passwd.xlsx");
        pending.Content.Should().Equal(workbook);
        Directory.GetFileSystemEntries(app.Folder).Select(Path.GetFileName).Should().OnlyContain(f => f!.StartsWith("plantracker.db", StringComparison.Ordinal));
    }

    /// <summary>Checks a workbook on the imports page <paramref name="imports"/> (the home plan's by default); returns the report.</summary>
    internal static async Task<string> UploadAsync(HttpClient client, byte[] workbook, string fileName, string imports = "/imports")
    {
        var token = await TestApp.AntiforgeryTokenAsync(client, imports);
        var response = await client.PostAsync(imports + "?handler=upload", Multipart(workbook, fileName, token));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    internal static async Task<string> JobsOnDashboardAsync(HttpClient client, string dashboard = "/")
    {
        var html = await client.GetStringAsync(dashboard);
        return WebUtility.HtmlDecode(JobsActual().Match(html).Groups[1].Value);
    }

    private static MultipartFormDataContent Multipart(byte[] bytes, string fileName, string token)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "workbook", fileName },
        };
    }

    [GeneratedRegex("name=\"upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadField();

    [GeneratedRegex("href=\"(/p/[a-z0-9-]+/imports\\?handler=annotated[^\"]+)\"")]
    private static partial Regex AnnotatedLink();

    [GeneratedRegex("id=\"card-jobs\">\\s*<h2>[^<]*</h2>\\s*<p class=\"figure\"><span data-actual>([^<]*)</span>")]
    private static partial Regex JobsActual();
}
