using System.Text.Json;
using ClosedXML.Excel;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Imports;

public class ImportCommandTests
{
    [Test]
    public async Task Import_SampleData_GivesTheDocumentedTotals()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks, "--user", "test"]);

        exit.Should().Be(0, error);
        output.Should().Contain("12 fichier(s) : 12 importé(s)");
        var (jobs, coops) = await Totals(cli);
        jobs.Should().Be(540, "sample-data/README.md documents 540 jobs at 2026-T3");
        coops.Should().Be(12);
    }

    [Test]
    public async Task Import_SameFileTwice_SecondSaysAlreadyImportedAndChangesNothing()
    {
        using var cli = new CliRun();
        var file = RepositoryPaths.SampleWorkbooks[0];
        await cli.RunAsync("import", file);
        var before = await Totals(cli);

        var (exit, output, _) = await cli.RunAsync("import", file);

        exit.Should().Be(0);
        output.Should().MatchRegex(@"déjà importé le \d\d/\d\d/\d{4} à \d\dh\d\d UTC \(lot 1\)");
        (await Totals(cli)).Should().Be(before);
    }

    [Test]
    public async Task Import_FaultyWorkbook_Exit1_EveryErrorOnStderr_NothingStored_AnnotatedCopyWritten()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0]);
        var before = await Totals(cli);
        var faulty = Faulty(cli, RepositoryPaths.SampleWorkbooks[1], ("F", "12,5"), ("D", "Paris"));

        var (exit, _, error) = await cli.RunAsync("import", faulty, "--annotate", "corrige-moi.xlsx");

        exit.Should().Be(1);
        error.Should().Contain("refusé, 2 erreur(s) — rien n'a été enregistré");
        error.Should().Contain("Emplois!F5 (Emplois créés)").And.Contain("« 12,5 »");
        error.Should().Contain("Emplois!D6 (Commune)").And.Contain("Aulnay-sous-Bois, Drancy");
        error.Should().NotContain("   at ");
        (await Totals(cli)).Should().Be(before);
        using var annotated = new XLWorkbook(Path.Combine(cli.Folder, "corrige-moi.xlsx"));
        annotated.Worksheet("Emplois").Cell("F5").HasComment.Should().BeTrue();
    }

    [Test]
    public async Task Import_FileNameWithRightToLeftOverrideOrEscape_IsStoredAndPrintedClean()
    {
        using var cli = new CliRun();
        var tricky = Path.Combine(cli.Folder, "bilan\u202Exslx\u001b[2J.xlsx");
        File.Copy(RepositoryPaths.SampleWorkbooks[0], tricky);

        var (exit, output, _) = await cli.RunAsync("import", tricky);
        var batches = (await cli.RunAsync("batches", "--format", "json")).Out;

        exit.Should().Be(0);
        output.Should().Contain("bilanxslx[2J.xlsx : importé").And.NotContain("\u202E").And.NotContain("\u001b");
        batches.Should().Contain("bilanxslx[2J.xlsx").And.NotContain("\\u202E").And.NotContain("\u202E");
    }

    [Test]
    public async Task Import_DryRun_ReportsCountsAndStoresNothing()
    {
        using var cli = new CliRun();

        var (exit, output, _) = await cli.RunAsync("import", RepositoryPaths.SampleWorkbooks[0], "--dry-run");

        exit.Should().Be(0);
        output.Should().Contain("valide (essai, rien n'est enregistré)").And.Contain("17 ajoutée(s)");
        (await Totals(cli)).Should().Be((0m, 0m));
        (await cli.RunAsync("batches")).Out.Should().Contain("Aucun import");
    }

    [TestCase("absent.xlsx", "fichier introuvable")]
    public async Task Import_MissingFile_Exit2(string name, string expected)
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("import", name);

        exit.Should().Be(2);
        error.Should().Contain(expected);
    }

    [Test]
    public async Task Import_NotAWorkbook_Exit1WithAClearMessage()
    {
        using var cli = new CliRun();
        var pdf = Path.Combine(cli.Folder, "rapport.xlsx");
        await File.WriteAllTextAsync(pdf, "%PDF-1.7\n% faux classeur\n");

        var (exit, _, error) = await cli.RunAsync("import", pdf);

        exit.Should().Be(1);
        error.Should().Contain("rapport.xlsx : refusé").And.Contain("PDF");
    }

    [Test]
    public async Task Rollback_UndoesTheCorrection_ThenRefusesAnOlderBatchItSuperseded()
    {
        using var cli = new CliRun();
        var files = RepositoryPaths.SampleWorkbooks.Where(f => Path.GetFileName(f).StartsWith("2025-T2", StringComparison.Ordinal)).ToArray();
        files.Should().HaveCount(2, "the quarter's file and its correction");
        await cli.RunAsync(["import", .. files]);
        var corrected = await Totals(cli);

        var refused = await cli.RunAsync("rollback", "1");
        var undone = await cli.RunAsync("rollback", "2");
        var unknown = await cli.RunAsync("rollback", "42");

        refused.Exit.Should().Be(1);
        refused.Error.Should().Contain("ne peut pas être annulé").And.Contain("2");
        undone.Exit.Should().Be(0, undone.Error);
        undone.Out.Should().Contain("Lot 2 annulé : 4 ligne(s)");
        unknown.Exit.Should().Be(1);
        var (jobsAfter, _) = await Totals(cli, "2025-T2");
        jobsAfter.Should().Be(corrected.Jobs + 2, "the correction had lowered 2025-T2 from 49 to 47 jobs");
        (await cli.RunAsync("batches")).Out.Should().Contain("annulé le");
    }

    [Test]
    public async Task Template_WritesAWorkbookThatImportsWithNothingInIt()
    {
        using var cli = new CliRun();

        var written = await cli.RunAsync("template", "--out", "modele.xlsx");
        var imported = await cli.RunAsync("import", "modele.xlsx", "--dry-run");

        written.Exit.Should().Be(0);
        imported.Exit.Should().Be(0, imported.Error);
        imported.Out.Should().Contain("0 ajoutée(s)");
    }

    internal static async Task<(decimal Jobs, decimal Coops)> Totals(CliRun cli, string? asOf = null)
    {
        var (_, output, error) = asOf is null ? await cli.RunAsync("status", "--format", "json") : await cli.RunAsync("status", "--format", "json", "--as-of", asOf);
        using var json = JsonDocument.Parse(output.Length > 0 ? output : throw new AssertionException(error));
        var indicators = json.RootElement.GetProperty("indicators");
        return (indicators[0].GetProperty("actual").GetDecimal(), indicators[1].GetProperty("actual").GetDecimal());
    }

    /// <summary>A copy of a sample workbook with faulty values typed into the first data rows of the jobs sheet.</summary>
    private static string Faulty(CliRun cli, string source, params (string Column, string Value)[] faults)
    {
        var path = Path.Combine(cli.Folder, "faux-" + Path.GetFileName(source));
        using (var workbook = new XLWorkbook(source))
        {
            var sheet = workbook.Worksheet("Emplois");
            var row = 5;
            foreach (var (column, value) in faults)
            {
                sheet.Cell($"{column}{row++}").SetValue(value);
            }

            workbook.SaveAs(path);
        }

        return path;
    }
}
