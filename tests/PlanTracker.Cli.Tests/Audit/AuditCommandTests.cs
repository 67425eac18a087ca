using System.Text.Json;
using ClosedXML.Excel;
using PlanTracker.Cli.Tests.Plans;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Audit;

/// <summary>Each action of the command line leaves exactly one line in the audit log, with its outcome; <c>audit</c> reads them.</summary>
public class AuditCommandTests
{
    private const string Strong = "Trajectoire-ESS-2030";

    [Test]
    public async Task AnImport_LeavesOneSuccessLine_WithItsUserFileAndBatch()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0], "--user", "marie");

        var line = (await LinesAsync(cli)).Should().ContainSingle().Subject;

        line.Action.Should().Be("import");
        line.Outcome.Should().Be("success");
        line.User.Should().Be("marie");
        line.Subject.Should().Be($"{Path.GetFileName(RepositoryPaths.SampleWorkbooks[0])}, lot 1");
        line.Plan.Should().Be("paris-terres-d-envol");
        line.AtUtc.Should().Be("2026-11-26T09:00:00Z");
    }

    [Test]
    public async Task ARejectedImport_LeavesOneFailureLine_WithTheErrorCount()
    {
        using var cli = new CliRun();
        var faulty = Faulty(cli, RepositoryPaths.SampleWorkbooks[1]);

        (await cli.RunAsync("import", faulty, "--user", "marie")).Exit.Should().Be(1);

        var line = (await LinesAsync(cli)).Should().ContainSingle().Subject;
        line.Action.Should().Be("import");
        line.Outcome.Should().Be("failure");
        line.Detail.Should().Be("refusé : 2 erreur(s), rien n'a été enregistré");
    }

    [Test]
    public async Task ADryRun_LeavesOneCheckLine()
    {
        using var cli = new CliRun();

        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0], "--dry-run");

        var line = (await LinesAsync(cli)).Should().ContainSingle().Subject;
        line.Action.Should().Be("import-check");
        line.Outcome.Should().Be("success");
        line.Detail.Should().StartWith("valide, rien n'est enregistré");
    }

    [Test]
    public async Task ARollback_LeavesOneLine_DoneOrRefused()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0]);

        (await cli.RunAsync("rollback", "1", "--user", "paul")).Exit.Should().Be(0);
        (await cli.RunAsync("rollback", "1", "--user", "paul")).Exit.Should().Be(1);

        var rollbacks = (await LinesAsync(cli)).Where(l => l.Action == "rollback").ToList();
        rollbacks.Select(l => l.Outcome).Should().Equal("failure", "success");
        rollbacks.Should().OnlyContain(l => l.User == "paul" && l.Subject == "lot 1");
        rollbacks[0].Detail.Should().Be("lot déjà annulé");
        rollbacks[1].Detail.Should().MatchRegex(@"^\d+ ligne\(s\) remise\(s\) dans leur état précédent$");
    }

    [Test]
    public async Task AnExport_LeavesOneLine_WithFormatAndQuarter()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0]);

        (await cli.RunAsync("export", "--format", "csv", "--out", "export.csv", "--as-of", "2024-T1")).Exit.Should().Be(0);

        var export = (await LinesAsync(cli)).Where(l => l.Action == "export").Should().ContainSingle().Subject;
        export.Outcome.Should().Be("success");
        export.Subject.Should().Be("csv au 2024-T1");
        export.Detail.Should().Be(Path.Combine(cli.Folder, "export.csv"));
        export.User.Should().Be(Environment.UserName);
    }

    [Test]
    public async Task UserChanges_EachLeaveOneLine_RefusalsIncluded()
    {
        using var cli = new CliRun();

        (await cli.RunWithInputAsync(Strong + "\n", "users", "add", "claire", "--role", "planner", "--password-stdin")).Exit.Should().Be(0);
        (await cli.RunAsync("users", "grant", "personne", "--role", "viewer")).Exit.Should().Be(1);
        (await cli.RunAsync("users", "disable", "claire")).Exit.Should().Be(0);

        var lines = await LinesAsync(cli);
        lines.Select(l => (l.Action, l.Subject, l.Outcome)).Should().Equal(
            ("user-disable", "claire", "success"), ("user-grant", "personne", "failure"), ("user-add", "claire", "success"));
        lines[2].Detail.Should().Be("rôle planner sur le plan paris-terres-d-envol");
        lines[1].Detail.Should().Be("refusé : Aucun compte ne porte ce nom.");
        lines[0].Plan.Should().BeNull("disabling an account spans every plan");
    }

    [Test]
    public async Task Audit_FiltersByUserAndSince_AndPrintsAFrenchTable()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0], "--user", "marie");
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[1], "--user", "paul");

        (await LinesAsync(cli, "--user", "paul")).Should().ContainSingle().Which.User.Should().Be("paul");
        (await LinesAsync(cli, "--since", "26/11/2026")).Should().HaveCount(2);
        (await LinesAsync(cli, "--since", "2026-11-27")).Should().BeEmpty();
        var (exit, table, _) = await cli.RunAsync("audit");
        exit.Should().Be(0);
        table.Should().Contain("Le (UTC)").And.Contain("26/11/2026 à 09h00").And.Contain("succès").And.Contain("marie");
    }

    [Test]
    public async Task Audit_ShowsThePlansLinesAndThoseOfNoPlan_NotAnotherPlans()
    {
        using var cli = new CliRun();
        await cli.RunAsync("plans", "add", SecondPlanFile.Write(cli));
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0], "--plan", "paris-terres-d-envol", "--user", "marie");
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0], "--plan", SecondPlanFile.Code, "--user", "paul");
        await cli.RunAsync("users", "disable", "personne");

        (await LinesAsync(cli, "--plan", SecondPlanFile.Code)).Select(l => l.User ?? l.Subject).Should().Equal(Environment.UserName, "paul");
        (await LinesAsync(cli, "--plan", "paris-terres-d-envol")).Select(l => l.User).Should().Equal(Environment.UserName, "marie");
    }

    [TestCase("--since", "hier", "--since : « hier » n'est pas une date (attendu : 2026-12-01 ou 01/12/2026).")]
    [TestCase("--since", "2026-13-01", "--since : « 2026-13-01 » n'est pas une date")]
    [TestCase("--user", "mallory", "--user : utilisateur inconnu « mallory »")]
    public async Task Audit_BadDateOrUnknownUser_Exit2WithAPreciseMessage(string option, string value, string message)
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0], "--user", "marie");

        var (exit, output, error) = await cli.RunAsync("audit", option, value);

        exit.Should().Be(2);
        error.Should().Contain(message).And.NotContain("   at ");
        output.Should().BeEmpty();
    }

    internal static async Task<IReadOnlyList<Line>> LinesAsync(CliRun cli, params string[] options)
    {
        var (exit, output, error) = await cli.RunAsync(["audit", "--format", "json", .. options]);
        exit.Should().Be(0, error);
        return JsonSerializer.Deserialize<List<Line>>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    /// <summary>A copy of a sample workbook with two faulty values in its jobs sheet.</summary>
    private static string Faulty(CliRun cli, string source)
    {
        var path = Path.Combine(cli.Folder, "faux-" + Path.GetFileName(source));
        using var workbook = new XLWorkbook(source);
        workbook.Worksheet("Emplois").Cell("F5").SetValue("12,5");
        workbook.Worksheet("Emplois").Cell("D6").SetValue("Paris");
        workbook.SaveAs(path);
        return path;
    }

    internal sealed record Line(long Id, string AtUtc, string? Plan, string? User, string Action, string Subject, string Outcome, string Detail);
}
