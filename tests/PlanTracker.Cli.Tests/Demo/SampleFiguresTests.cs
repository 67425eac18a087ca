using System.Text.Json;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data;
using PlanTracker.Data.Pipeline;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Demo;

/// <summary>
/// The sample workbooks of 2026 carry the optional columns (job nature, cooperative origin, stage and cessation): all
/// of them imported give exactly the figures sample-data/README.md documented before those columns existed, and the
/// new columns did reach the database.
/// </summary>
public class SampleFiguresTests
{
    // sample-data/README.md, "Totaux attendus": cumulative jobs and cooperatives at the end of each quarter.
    private static readonly int[] CumulativeJobs = [24, 54, 82, 120, 162, 209, 253, 308, 374, 450, 540];
    private static readonly int[] CumulativeCooperatives = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12];

    [Test]
    public async Task EverySampleWorkbook_GivesTheFiguresDocumentedBeforeTheNewColumns_AndStoresTheNewColumns()
    {
        using var cli = new CliRun();
        var (exit, _, error) = await cli.RunAsync(["import", .. RepositoryPaths.SampleWorkbooks, "--user", "test"]);
        exit.Should().Be(0, error);

        var quarter = Quarter.Parse("2024-T1");
        for (var i = 0; i < CumulativeJobs.Length; i++, quarter = quarter.Next)
        {
            (await Imports.ImportCommandTests.Totals(cli, quarter.ToString()))
                .Should().Be(((decimal)CumulativeJobs[i], (decimal)CumulativeCooperatives[i]), "the figures at {0}", quarter);
        }

        using var status = JsonDocument.Parse((await cli.RunAsync("status", "--format", "json", "--as-of", "2026-T3")).Out);
        var (jobs, cooperatives) = (status.RootElement.GetProperty("indicators")[0], status.RootElement.GetProperty("indicators")[1]);
        Actuals(jobs, "byAxis", "axis").Should().Equal("1 57", "2 384", "3 99");
        Actuals(jobs, "byCommune", "commune").Should().Equal(
            "Aulnay-sous-Bois 144", "Drancy 96", "Dugny 44", "Le Blanc-Mesnil 51", "Le Bourget 38", "Sevran 67", "Tremblay-en-France 60", "Villepinte 40");
        Actuals(cooperatives, "byCommune", "commune").Should().Equal(
            "Aulnay-sous-Bois 1", "Drancy 2", "Dugny 1", "Le Blanc-Mesnil 2", "Le Bourget 1", "Sevran 1", "Tremblay-en-France 2", "Villepinte 2");

        var pipeline = await new PipelineStore(PlanTrackerDatabase.SqliteFile(cli.DbPath), 1).LoadAsync(Territories.Default);
        pipeline.Jobs.Where(j => j.Nature == JobNature.Consolidation).Sum(j => j.Jobs).Should().BeGreaterThan(0);
        pipeline.Jobs.Where(j => j.Nature == JobNature.Creation).Sum(j => j.Jobs).Should().Be(540);
        pipeline.Cooperatives.Where(c => c.Origin is not null).Select(c => c.Origin).Distinct().Should().HaveCountGreaterThan(2);
        pipeline.Cooperatives.Should().ContainSingle(c => c.Stage == CooperativeStage.InSupport && c.CreationDate == null);
        pipeline.Cooperatives.Should().ContainSingle(c => c.FollowedAsProject && c.CountsTowardTarget && c.RecordedQuarter == Quarter.Parse("2026-T1")
            && c.CreationDate >= Quarter.Parse("2026-T3").FirstDay,
            "a project in support in 2026-T1 registers two quarters later, counted once");
        pipeline.Cooperatives.Should().ContainSingle(c => c.CessationDate != null && c.CountsTowardTarget);
        pipeline.Cooperatives.Count(c => c.CountsTowardTarget).Should().Be(12);
    }

    private static List<string> Actuals(JsonElement indicator, string list, string key) =>
        indicator.GetProperty(list).EnumerateArray()
            .Select(e => $"{(e.GetProperty(key).ValueKind == JsonValueKind.Number ? e.GetProperty(key).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : e.GetProperty(key).GetString())} {e.GetProperty("actual").GetDecimal():0}")
            .ToList();
}
