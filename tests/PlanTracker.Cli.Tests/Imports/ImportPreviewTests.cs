using System.Text.Json;
using Microsoft.Data.Sqlite;
using PlanTracker.Core.Text;
using PlanTracker.Testing;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Cli.Tests.Imports;

/// <summary>The dry run's effect on the figures: before → after, as <c>status</c> computes them, and the quarters it corrects.</summary>
public class ImportPreviewTests
{
    private static string LatestSample => RepositoryPaths.SampleWorkbooks.Single(f => Path.GetFileName(f).StartsWith("2026-T3", StringComparison.Ordinal));

    [Test]
    public async Task DryRun_OfTheLatestQuarter_GivesBeforeAndAfter_AsStatusGivesThemBeforeAndAfterTheRealImport()
    {
        using var cli = new CliRun();
        await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks.Where(f => f != LatestSample)]);
        var statusBefore = await StatusAsync(cli);

        var (exit, output, error) = await cli.RunAsync("import", LatestSample, "--dry-run", "--format", "json");
        var text = (await cli.RunAsync("import", LatestSample, "--dry-run")).Out;
        await cli.RunAsync("import", LatestSample);
        var statusAfter = await StatusAsync(cli);

        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("result").GetString().Should().Be("dry-run");
        root.GetProperty("batch").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("jobs").GetProperty("added").GetInt32().Should().Be(50, "sample-data/README.md: 50 job lines, 3 of them consolidations");
        root.GetProperty("asOf").GetString().Should().Be("2026-T3");
        foreach (var indicator in new[] { "jobs", "cooperatives" })
        {
            ShouldMatchStatus(root.GetProperty("before").GetProperty(indicator), statusBefore[indicator]);
            ShouldMatchStatus(root.GetProperty("after").GetProperty(indicator), statusAfter[indicator]);
        }

        var jobsBefore = statusBefore["jobs"].GetProperty("actual").GetDecimal();
        var jobsAfter = statusAfter["jobs"].GetProperty("actual").GetDecimal();
        jobsAfter.Should().BeGreaterThan(jobsBefore);
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        changes.Should().HaveCount(2, "the file adds jobs and a cooperative to 2026-T3 and touches no other quarter");
        changes[0].GetProperty("quarter").GetString().Should().Be("2026-T3");
        changes[0].GetProperty("indicator").GetString().Should().Be("jobs");
        changes[0].GetProperty("delta").GetDecimal().Should().Be(jobsAfter - jobsBefore);
        text.Should().Contain("Effet sur les chiffres au T3 2026 :").And.Contain(
            $"Emplois créés : {Display.Number(jobsBefore)} → {Display.Number(jobsAfter)} (+{Display.Number(jobsAfter - jobsBefore)})"
            + $" · {Display.Percent(jobsBefore / 1500m)} → {Display.Percent(jobsAfter / 1500m)}");
        text.Should().NotContain("corrige");
    }

    [Test]
    public async Task DryRun_CorrectingAnEarlierQuarter_NamesIt_WithExactNumbers_AndWritesNothing()
    {
        using var cli = new CliRun();
        var first = Save(cli, "2025-T2.xlsx", JobRows.Workbook(
            JobRows.Line(quarter: "2025-T2", jobs: 10),
            JobRows.Line(quarter: "2025-T2", siret: Sirets.B, structure: "Coop Drancy Services", commune: "Drancy", jobs: 4)));
        (await cli.RunAsync("import", first)).Exit.Should().Be(0);
        var correction = Save(cli, "2025-T3.xlsx", JobRows.Workbook(
            JobRows.Line(quarter: "2025-T2", jobs: 7),
            JobRows.Line(quarter: "2025-T3", siret: Sirets.C, structure: "SCOP Bâtir", commune: "Tremblay-en-France", jobs: 5)));
        // Closing the pooled connections checkpoints the write-ahead log: the file alone then holds the database.
        SqliteConnection.ClearAllPools();
        var rowsBefore = Rows(cli.DbPath);
        var checksBefore = Reliability.Figures.Scalar<long>(cli.DbPath, "SELECT COUNT(*) FROM audit_log WHERE action = 'import-check'");

        var (exit, output, error) = await cli.RunAsync("import", correction, "--dry-run");
        var english = (await cli.RunAsync("import", correction, "--dry-run", "--lang", "en")).Out;
        var json = (await cli.RunAsync("import", correction, "--dry-run", "--format", "json")).Out;

        exit.Should().Be(0, error);
        output.Should().Contain("lignes d'emplois : 1 ajoutée(s), 1 modifiée(s)");
        output.Should().Contain("Effet sur les chiffres au T3 2025 :");
        output.Should().Contain(Nbsp("Emplois créés : 14 → 16 (+2) · 0,9 % → 1,1 %"));
        output.Should().Contain("Le fichier corrige le T2 2025 : −3 emplois.");
        output.Should().Contain(Nbsp("Emplois créés au T2 2025 : 14 → 11 (−3) · 0,9 % → 0,7 %"));
        output.Should().NotContain("Nouvelles coopératives au T2 2025", "the correction changes no cooperative");
        english.Should().Contain("The file corrects Q2 2025: −3 jobs.").And.Contain("Jobs created: 14 → 16 (+2) · 0.9% → 1.1%");
        using var document = JsonDocument.Parse(json);
        var changes = document.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("quarter").GetString(), c.GetProperty("indicator").GetString(),
                c.GetProperty("before").GetDecimal(), c.GetProperty("after").GetDecimal(), c.GetProperty("delta").GetDecimal()))
            .ToList();
        changes.Should().Equal(("2025-T2", "jobs", 14m, 11m, -3m), ("2025-T3", "jobs", 0m, 5m, 5m));
        var earlier = document.RootElement.GetProperty("changes")[0].GetProperty("figures");
        earlier.GetProperty("before").GetProperty("actual").GetDecimal().Should().Be(14);
        earlier.GetProperty("after").GetProperty("actual").GetDecimal().Should().Be(11);
        SqliteConnection.ClearAllPools();
        Rows(cli.DbPath).Should().Equal(rowsBefore, "a dry run writes nothing but its audit line");
        Reliability.Figures.Scalar<long>(cli.DbPath, "SELECT COUNT(*) FROM audit_log WHERE action = 'import-check'")
            .Should().Be(checksBefore + 3, "each of the three dry runs leaves one audit line");
    }

    [Test]
    public async Task DryRun_OfAFileThatChangesNoFigure_ListsNoChange()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", Save(cli, "a.xlsx", JobRows.Workbook(JobRows.Line(quarter: "2025-T2", jobs: 10))));
        // The same line with a comment: the line is updated, no figure moves.
        var commented = Save(cli, "b.xlsx", JobRows.Workbook(JobRows.Line(quarter: "2025-T2", jobs: 10, comment: "vérifié")));

        var (exit, output, error) = await cli.RunAsync("import", commented, "--dry-run");
        var json = (await cli.RunAsync("import", commented, "--dry-run", "--format", "json")).Out;

        exit.Should().Be(0, error);
        output.Should().Contain("1 modifiée(s)").And.Contain("Emplois créés : 10 → 10 (inchangé)").And.Contain("Le fichier ne change aucun chiffre.");
        output.Should().NotContain("corrige");
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("changes").GetArrayLength().Should().Be(0);
        document.RootElement.GetProperty("before").GetProperty("jobs").GetProperty("actual").GetDecimal().Should().Be(10);
        document.RootElement.GetProperty("after").GetProperty("jobs").GetProperty("actual").GetDecimal().Should().Be(10);
    }

    [Test]
    public async Task FormatJson_SeveralFiles_IsAnArray_RejectedAndAlreadyImportedIncluded_ErrorsStillOnStandardError()
    {
        using var cli = new CliRun();
        var good = Save(cli, "a.xlsx", JobRows.Workbook(JobRows.Line(quarter: "2025-T2", jobs: 10)));
        var bad = Save(cli, "b.xlsx", JobRows.Workbook(JobRows.Line(quarter: "2025-T2", commune: "Paris 20e")));
        await cli.RunAsync("import", good);

        var (exit, output, error) = await cli.RunAsync("import", good, bad, "--format", "json");

        exit.Should().Be(1);
        error.Should().Contain("b.xlsx : refusé");
        using var document = JsonDocument.Parse(output);
        var files = document.RootElement.EnumerateArray().ToList();
        files.Select(f => f.GetProperty("result").GetString()).Should().Equal("already-imported", "rejected");
        files[0].GetProperty("batch").GetInt64().Should().Be(1);
        files[0].GetProperty("before").ValueKind.Should().Be(JsonValueKind.Null);
        files[1].GetProperty("errors")[0].GetProperty("cell").GetString().Should().Be("D2");
        files[1].GetProperty("errors")[0].GetProperty("value").GetString().Should().Be("Paris 20e");
    }

    [Test]
    public async Task FormatJson_RealImport_GivesItsBatchAndItsEffect()
    {
        using var cli = new CliRun();

        var (exit, output, error) = await cli.RunAsync("import", Save(cli, "a.xlsx", JobRows.Workbook(JobRows.Line(quarter: "2025-T2", jobs: 10))), "--format", "json");

        exit.Should().Be(0, error);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("result").GetString().Should().Be("imported");
        document.RootElement.GetProperty("batch").GetInt64().Should().Be(1);
        document.RootElement.GetProperty("after").GetProperty("jobs").GetProperty("actual").GetDecimal()
            .Should().Be((await ImportCommandTests.Totals(cli, "2025-T2")).Jobs);
    }

    private static void ShouldMatchStatus(JsonElement preview, JsonElement status)
    {
        foreach (var field in new[] { "actual", "target", "attainment", "expected" })
        {
            preview.GetProperty(field).GetDecimal().Should().Be(status.GetProperty(field).GetDecimal(), field);
        }

        preview.GetProperty("status").GetString().Should().Be(status.GetProperty("status").GetString());
    }

    private static async Task<Dictionary<string, JsonElement>> StatusAsync(CliRun cli)
    {
        var (_, output, error) = await cli.RunAsync("status", "--format", "json", "--as-of", "2026-T3");
        using var json = JsonDocument.Parse(output.Length > 0 ? output : throw new AssertionException(error));
        return json.RootElement.GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("indicator").GetString()!, i => i.Clone());
    }

    // French percentages keep their sign with a no-break space ("0,9 %").
    private static string Nbsp(string text) => text.Replace(" %", Display.Space + "%", StringComparison.Ordinal);

    private static string Save(CliRun cli, string name, byte[] workbook)
    {
        var path = Path.Combine(cli.Folder, name);
        File.WriteAllBytes(path, workbook);
        return path;
    }

    /// <summary>
    /// Every row of every table but the audit log, as text: what "nothing written" means. The audit log records the
    /// check itself, by design (one line per check, docs/deployment.md).
    /// </summary>
    private static List<string> Rows(string dbPath)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            // The audit log's own counter moves with its line; every other table's counter must not.
            select.CommandText = table == "sqlite_sequence"
                ? "SELECT * FROM sqlite_sequence WHERE name <> 'audit_log'"
                : $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(table + ": " + string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }
}
