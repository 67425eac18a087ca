using Dapper;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data.Dialects;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Pipeline;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Schema;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Schema;

/// <summary>
/// A database at 0010 holding lines upgrades to 0011 (job nature, cooperative pipeline): every row is kept with its id,
/// every line becomes a creation and every cooperative a registered one, and the figures are those of before.
/// </summary>
public abstract class UpgradeToPipelineTests<TProvider>
    where TProvider : TestProvider, new()
{
    private const string Before = "0011_pipeline.sql";
    private static readonly Quarter AsOf = Quarter.Parse("2025-T4");
    private readonly TProvider _provider = new();

    [Test]
    public async Task Upgrade_KeepsEveryLine_AsCreationsAndRegisteredCooperatives_WithTheSameFigures()
    {
        await using var temp = await AtVersion10Async();
        await FillAsync(temp.Database);
        var figuresBefore = await FiguresAsync(temp.Database);
        var jobsBefore = await RowsAsync(temp.Database, "SELECT id, quarter, siret, contract_type, jobs FROM job_line ORDER BY id");
        var coopsBefore = await RowsAsync(temp.Database, "SELECT id, siret, name, quarter FROM cooperative ORDER BY id");

        (await temp.Database.MigrateAsync()).Should().Equal(Before);

        (await RowsAsync(temp.Database, "SELECT id, quarter, siret, contract_type, jobs FROM job_line ORDER BY id")).Should().Equal(jobsBefore);
        (await RowsAsync(temp.Database, "SELECT id, siret, name, quarter FROM cooperative ORDER BY id")).Should().Equal(coopsBefore);
        (await RowsAsync(temp.Database, "SELECT DISTINCT nature FROM job_line")).Should().Equal("CREATION");
        (await RowsAsync(temp.Database, "SELECT DISTINCT stage FROM cooperative")).Should().Equal("IMMATRICULEE");
        (await RowsAsync(temp.Database, "SELECT COUNT(1) FROM cooperative WHERE origin IS NULL AND cessation_date IS NULL AND followed_as_project = 0 AND recorded_quarter = quarter"))
            .Should().Equal("2");
        (await FiguresAsync(temp.Database)).Should().Equal(figuresBefore);
        var snapshot = await new FiguresStore(temp.Database, 1).SnapshotAsync(await new PlanStore(temp.Database).LoadAsync(1), AsOf, TimeProvider.System);
        (snapshot.Jobs.Territory.Actual, snapshot.Cooperatives.Territory.Actual).Should().Be((11m, 2m));
        var pipeline = await new PipelineStore(temp.Database, 1).LoadAsync(Territories.Default);
        pipeline.Cooperatives.Should().HaveCount(2).And.OnlyContain(c => c.CountsTowardTarget && !c.FollowedAsProject);
        pipeline.Jobs.Should().OnlyContain(j => j.Nature == JobNature.Creation);
    }

    [Test]
    public async Task Upgraded_TakesAConsolidationBesideTheCreationOfTheSameKey_WithoutChangingTheFigures()
    {
        await using var temp = await AtVersion10Async();
        await FillAsync(temp.Database);
        await temp.Database.MigrateAsync();
        var figuresBefore = await FiguresAsync(temp.Database);

        var outcome = await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("consolidation",
            [Lines.Job("2025-T1", jobs: 9) with { Nature = JobNature.Consolidation }]));

        outcome.JobsAdded.Should().Be(1);
        (await FiguresAsync(temp.Database)).Should().Equal(figuresBefore);
        (await RowsAsync(temp.Database, "SELECT nature FROM job_line WHERE quarter = '2025-T1' AND contract_type = 'CDI' AND siret = '" + Lines.SiretA + "' ORDER BY id"))
            .Should().Equal("CREATION", "CONSOLIDATION");
    }

    // The schema as the scripts before 0011 leave it, with the default plan seeded, as a database made by that version.
    private async Task<TestDatabase> AtVersion10Async()
    {
        var temp = await _provider.CreateAsync();
        var dialect = SqlDialect.For(_provider.Provider);
        await using var connection = await temp.Database.OpenAsync();
        await connection.ExecuteAsync(dialect.JournalDdl);
        foreach (var (name, sql) in Migrator.Scripts(_provider.Provider).Where(s => string.CompareOrdinal(s.Name, Before) < 0))
        {
            foreach (var batch in dialect.Batches(sql))
            {
                await connection.ExecuteAsync(batch);
            }

            await connection.ExecuteAsync("INSERT INTO schema_version (script, applied_at_utc) VALUES (@name, @now)", new { name, now = DateTime.UtcNow.ToString("O") });
        }

        await new PlanStore(temp.Database).SeedDefaultAsync(connection, CancellationToken.None);
        return temp;
    }

    // Lines as the 0010 code stored them (no nature, no stage), and the quarter totals it kept.
    private static async Task FillAsync(PlanTrackerDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var batch = await connection.ExecuteScalarAsync<long>(
            database.Dialect.InsertReturningId("import_batch", "plan_id, file_name, sha256, imported_by, imported_at_utc", "1, 'h1.xlsx', 'h1', 'agent', @now"),
            new { now = database.Dialect.Timestamp(DateTimeOffset.UtcNow) });
        await connection.ExecuteAsync("INSERT INTO structure (plan_id, siret, name, commune, batch_id) VALUES (1, @siret, 'Régie', 'Sevran', @batch)",
            new[] { new { siret = Lines.SiretA, batch }, new { siret = Lines.SiretB, batch } });
        await connection.ExecuteAsync(
            """
            INSERT INTO job_line (plan_id, quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row)
            VALUES (1, @quarter, @siret, @contract, 'Régie', @commune, @axis, @jobs, NULL, NULL, @batch, 'Emplois', @row)
            """,
            new[]
            {
                new { quarter = "2025-T1", siret = Lines.SiretA, contract = "CDI", commune = "Sevran", axis = 1, jobs = 5, batch, row = 2 },
                new { quarter = "2025-T1", siret = Lines.SiretA, contract = "CDD", commune = "Sevran", axis = 1, jobs = 2, batch, row = 3 },
                new { quarter = "2025-T3", siret = Lines.SiretB, contract = "CDI", commune = "Drancy", axis = 2, jobs = 4, batch, row = 4 },
            });
        await connection.ExecuteAsync(
            """
            INSERT INTO cooperative (plan_id, siret, name, name_key, commune, legal_form, creation_date, quarter, axis, jobs_at_creation, batch_id, source_sheet, source_row)
            VALUES (1, @siret, @name, @key, 'Drancy', 'SCOP', @date, @quarter, 3, NULL, @batch, 'Coopératives', @row)
            """,
            new[]
            {
                new { siret = (string?)Lines.SiretC, name = "SCOP Les Ateliers", key = "scoplesateliers", date = "2025-03-15", quarter = "2025-T1", batch, row = 2 },
                new { siret = (string?)null, name = "CAE Envol", key = "caeenvol", date = "2025-08-01", quarter = "2025-T3", batch, row = 3 },
            });
        await connection.ExecuteAsync(
            """
            INSERT INTO quarter_total (plan_id, indicator, quarter, axis, commune, value)
            SELECT 1, 'jobs', quarter, axis, commune, SUM(jobs) FROM job_line GROUP BY quarter, axis, commune
            UNION ALL
            SELECT 1, 'cooperatives', quarter, axis, commune, COUNT(1) FROM cooperative GROUP BY quarter, axis, commune
            """);
    }

    private static async Task<List<string>> FiguresAsync(PlanTrackerDatabase database)
    {
        // The quarter totals, read as status reads them: the snapshot itself needs the 0011 columns.
        var figures = new FiguresStore(database, 1);
        return (await figures.JobFlowsAsync(Territories.Default, AsOf)).Select(f => $"jobs {f.Quarter} {f.Axis.Code} {f.Commune.Name} {f.Value:0}")
            .Concat((await figures.CooperativeFlowsAsync(Territories.Default, AsOf)).Select(f => $"cooperatives {f.Quarter} {f.Axis.Code} {f.Commune.Name} {f.Value:0}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<List<string>> RowsAsync(PlanTrackerDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync(sql);
        return rows.Select(r => string.Join("|", ((IDictionary<string, object?>)r).Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
    }
}

public sealed class SqliteUpgradeToPipelineTests : UpgradeToPipelineTests<SqliteTestProvider>;

public sealed class SqlServerUpgradeToPipelineTests : UpgradeToPipelineTests<SqlServerTestProvider>;
