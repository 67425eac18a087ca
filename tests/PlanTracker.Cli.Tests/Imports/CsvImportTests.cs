using System.Text;
using PlanTracker.Testing;
using static PlanTracker.Cli.Tests.Imports.ImportCommandTests;

namespace PlanTracker.Cli.Tests.Imports;

/// <summary>`plantracker import` of CSV files: one sheet each, the same figures as the workbook they come from.</summary>
public class CsvImportTests
{
    private static string Sample(string name) => Path.Combine(RepositoryPaths.SampleData, name);

    [Test]
    public async Task Import_SampleCsvPair_OneAfterTheOther_StoresTheTotalsOfItsWorkbook()
    {
        using var fromWorkbook = new CliRun();
        using var fromCsv = new CliRun();
        (await fromWorkbook.RunAsync("import", Sample("2025-T4-emplois-cooperatives.xlsx"))).Exit.Should().Be(0);

        var jobs = await fromCsv.RunAsync("import", Sample("2025-T4-emplois.csv"));
        var cooperatives = await fromCsv.RunAsync("import", Sample("2025-T4-cooperatives.csv"));
        var again = await fromCsv.RunAsync("import", Sample("2025-T4-emplois.csv"));

        jobs.Exit.Should().Be(0, jobs.Error);
        jobs.Out.Should().Contain("2025-T4-emplois.csv : importé");
        cooperatives.Exit.Should().Be(0, cooperatives.Error);
        var totals = await Totals(fromCsv, "2025-T4");
        totals.Should().Be(await Totals(fromWorkbook, "2025-T4"));
        totals.Should().Be((55m, 1m), "sample-data/README.md: 55 jobs and 1 cooperative in 2025-T4");
        again.Out.Should().Contain("déjà importé", "the same bytes are recognised by their hash");
        (await Totals(fromCsv, "2025-T4")).Should().Be(totals);
    }

    [Test]
    public async Task Import_CsvDryRun_CountsAndStoresNothing()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("import", Sample("2025-T4-emplois.csv"), "--dry-run");

        exit.Should().Be(0, error);
        output.Should().Contain("valide (essai, rien n'est enregistré)").And.Contain("34 ajoutée(s)");
        (await Totals(cli)).Should().Be((0m, 0m));
    }

    [Test]
    public async Task Import_FaultyCsv_WithAnnotate_ListsEveryErrorByLineAndHeader_AndSaysThereIsNoAnnotatedCopy()
    {
        using var cli = new CliRun();
        var lines = (await File.ReadAllLinesAsync(Sample("2025-T4-emplois.csv"), Encoding.Latin1)).ToList();
        lines[3] = lines[3].Replace(";Aulnay-sous-Bois;", ";Paris;", StringComparison.Ordinal);
        var faulty = Path.Combine(cli.Folder, "faux-emplois.csv");
        await File.WriteAllLinesAsync(faulty, lines, Encoding.Latin1);

        var (exit, _, error) = await cli.RunAsync("import", faulty, "--annotate", "corrige-moi.xlsx");

        exit.Should().Be(1);
        error.Should().Contain("refusé, 1 erreur(s) — rien n'a été enregistré");
        error.Should().Contain("faux-emplois.csv, ligne 4, colonne « Commune » : « Paris » n'est pas une commune du territoire");
        error.Should().Contain("faux-emplois.csv : pas de copie annotée, elle n'existe que pour les classeurs .xlsx");
        File.Exists(Path.Combine(cli.Folder, "corrige-moi.xlsx")).Should().BeFalse();
        (await Totals(cli)).Should().Be((0m, 0m));
    }
}
