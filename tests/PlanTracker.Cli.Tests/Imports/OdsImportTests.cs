using System.Text.Json;
using PlanTracker.Testing;
using static PlanTracker.Cli.Tests.Imports.ImportCommandTests;

namespace PlanTracker.Cli.Tests.Imports;

/// <summary>
/// `plantracker import` of .ods files saved by LibreOffice (the Import tests' TestData/OpenDocument): the same figures as
/// the .xlsx they come from, the same all-or-nothing and the same hash rule; the annotated copy is an .xlsx.
/// </summary>
public class OdsImportTests
{
    private static string Fixture(string name) =>
        Path.Combine(RepositoryPaths.Root, "tests", "PlanTracker.Import.Tests", "TestData", "OpenDocument", name);

    [Test]
    public async Task Import_LibreOfficeOds_GivesTheFiguresOfItsXlsx_AndIsRecognisedByItsHash()
    {
        using var fromXlsx = new CliRun();
        using var fromOds = new CliRun();
        (await fromXlsx.RunAsync("import", Path.Combine(RepositoryPaths.SampleData, "2025-T4-emplois-cooperatives.xlsx"))).Exit.Should().Be(0);

        var imported = await fromOds.RunAsync("import", Fixture("2025-T4-emplois-cooperatives.ods"));
        var again = await fromOds.RunAsync("import", Fixture("2025-T4-emplois-cooperatives.ods"));

        imported.Exit.Should().Be(0, imported.Error);
        imported.Out.Should().Contain("2025-T4-emplois-cooperatives.ods : importé");
        (await Indicators(fromOds)).Should().Be(await Indicators(fromXlsx));
        (await Totals(fromOds, "2025-T4")).Should().Be((55m, 1m), "sample-data/README.md: 55 jobs and 1 cooperative in 2025-T4");
        again.Exit.Should().Be(0, again.Error);
        again.Out.Should().Contain("déjà importé", "the same bytes are recognised by their hash");
        (await Indicators(fromOds)).Should().Be(await Indicators(fromXlsx));
    }

    [Test]
    public async Task Import_OdsDryRun_CountsAndStoresNothing()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("import", Fixture("valid.ods"), "--dry-run");

        exit.Should().Be(0, error);
        output.Should().Contain("valide (essai, rien n'est enregistré)").And.Contain("4 ajoutée(s)");
        (await Totals(cli)).Should().Be((0m, 0m));
    }

    [Test]
    public async Task Import_FaultyOds_WithAnnotate_WritesAnXlsxCopy_AndSaysSo()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("import", Fixture("errors.ods"), "--annotate", "corrige-moi.ods");

        exit.Should().Be(1);
        error.Should().Contain("refusé, 7 erreur(s) — rien n'a été enregistré");
        error.Should().Contain("Emplois!F4 (Emplois créés)");
        var copy = Path.Combine(cli.Folder, "corrige-moi.xlsx");
        error.Should().Contain($"Copie annotée (au format .xlsx ; le fichier .ods n'est pas modifié) : {copy}");
        File.Exists(copy).Should().BeTrue();
        File.Exists(Path.Combine(cli.Folder, "corrige-moi.ods")).Should().BeFalse("an .xlsx under an .ods name would not open");
        (await File.ReadAllBytesAsync(copy)).AsSpan(0, 2).SequenceEqual("PK"u8).Should().BeTrue();
        (await Totals(cli)).Should().Be((0m, 0m));
    }

    [Test]
    public async Task Import_XlsxNamedOds_IsRefusedNamingWhatItIs()
    {
        using var cli = new CliRun();
        var renamed = Path.Combine(cli.Folder, "releve.ods");
        File.Copy(Path.Combine(RepositoryPaths.SampleData, "2025-T4-emplois-cooperatives.xlsx"), renamed);

        var (exit, _, error) = await cli.RunAsync("import", renamed);

        exit.Should().Be(1);
        error.Should().Contain("« releve.ods » est un classeur Excel (.xlsx), pas un classeur OpenDocument (.ods), malgré son nom. Renommez-le en .xlsx");
        (await Totals(cli)).Should().Be((0m, 0m));
    }

    private static async Task<string> Indicators(CliRun cli)
    {
        var (_, output, error) = await cli.RunAsync("status", "--format", "json", "--as-of", "2025-T4");
        using var json = JsonDocument.Parse(output.Length > 0 ? output : throw new AssertionException(error));
        return json.RootElement.GetProperty("indicators").GetRawText();
    }
}
