using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Lines;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Tests.Plans;
using PlanTracker.Data.Tests.Providers;
using TestLines = PlanTracker.Data.Tests.Lines;

namespace PlanTracker.Data.Tests.LineQueries;

/// <summary>The lines behind a figure: filtered within one plan, sorted by a whitelisted key, paged, and totalled.</summary>
public abstract class LinesStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly Quarter AsOf = Quarter.Parse("2025-T3");

    private readonly TProvider _provider = new();

    [Test]
    public async Task Filters_KeepTheAsOfQuarterAndBefore_OneQuarter_OneAxis_OneCommune()
    {
        await using var temp = await SeededAsync();
        var store = new LinesStore(temp.Database, 1);

        (await store.TotalsAsync(new LineFilter(Indicator.Jobs, AsOf))).Should().Be(new LineTotals(4, 5 + 2 + 4 + 100, 3.5m));
        (await store.TotalsAsync(new LineFilter(Indicator.Jobs, Quarter.Parse("2025-T2")))).Jobs.Should().Be(11, "2025-T3's line is after the as-of quarter");
        (await store.TotalsAsync(new LineFilter(Indicator.Jobs, AsOf, Quarter.Parse("2025-T1")))).Jobs.Should().Be(7);
        (await store.TotalsAsync(new LineFilter(Indicator.Jobs, AsOf, Axis: 2))).Jobs.Should().Be(4);
        (await store.TotalsAsync(new LineFilter(Indicator.Jobs, AsOf, Commune: "Sevran"))).Jobs.Should().Be(107);
        (await store.TotalsAsync(new LineFilter(Indicator.Jobs, AsOf, Quarter.Parse("2025-T2"), 1, "Sevran"))).Should().Be(new LineTotals(0, 0, null));
        (await store.TotalsAsync(new LineFilter(Indicator.Cooperatives, AsOf))).Count.Should().Be(2);
        (await store.TotalsAsync(new LineFilter(Indicator.Cooperatives, Quarter.Parse("2025-T1")))).Count.Should().Be(1);
    }

    [Test]
    public async Task Lines_CarryTheirSource_AndWhoImportedThem()
    {
        await using var temp = await SeededAsync();
        var store = new LinesStore(temp.Database, 1);

        var jobs = await store.JobLinesAsync(new LineFilter(Indicator.Jobs, AsOf, Axis: 2), null, false, 0, 100);
        var coops = await store.CooperativesAsync(new LineFilter(Indicator.Cooperatives, AsOf, Commune: "Drancy"), null, false, 0, 100);

        var line = jobs.Should().ContainSingle().Subject;
        (line.Siret, line.Jobs, line.FileName, line.SourceSheet, line.SourceRow, line.ImportedBy).Should().Be((TestLines.SiretB, 4L, "h1.xlsx", "Emplois", 4L, "agent"));
        coops.Select(c => c.Name).Should().Equal("SCOP Les Ateliers", "CAE Envol");
        coops.Should().OnlyContain(c => c.ImportedBy == "agent" && c.FileName == "h1.xlsx");
    }

    [Test]
    public async Task Sort_ByAWhitelistedKey_BothWays_AnyOtherKeyByQuarter()
    {
        await using var temp = await SeededAsync();
        var store = new LinesStore(temp.Database, 1);
        var filter = new LineFilter(Indicator.Jobs, AsOf);

        (await store.JobLinesAsync(filter, "emplois", false, 0, 10)).Select(l => l.Jobs).Should().Equal(2, 4, 5, 100);
        (await store.JobLinesAsync(filter, "emplois", true, 0, 10)).Select(l => l.Jobs).Should().Equal(100, 5, 4, 2);
        (await store.JobLinesAsync(filter, "siret", true, 0, 10)).Select(l => l.Siret).Should().BeInDescendingOrder(StringComparer.Ordinal);
        (await store.JobLinesAsync(filter, "etp", true, 0, 10)).First().Fte.Should().Be(2.5m);
        (await store.JobLinesAsync(filter, "jobs; DROP TABLE job_line", false, 0, 10)).Select(l => l.Quarter)
            .Should().Equal("2025-T1", "2025-T1", "2025-T2", "2025-T3");
        (await store.CooperativesAsync(new LineFilter(Indicator.Cooperatives, AsOf), "creation", true, 0, 10)).Select(c => c.CreationDate)
            .Should().Equal("2025-08-01", "2025-02-01");
    }

    [Test]
    public async Task Pages_FollowEachOther_WithoutGapOrRepeat()
    {
        await using var temp = await SeededAsync();
        var store = new LinesStore(temp.Database, 1);
        var filter = new LineFilter(Indicator.Jobs, AsOf);

        var pages = new List<JobLineKey>();
        for (var skip = 0; skip < 4; skip += 3)
        {
            pages.AddRange((await store.JobLinesAsync(filter, "commune", false, skip, 3)).Select(l => new JobLineKey(l.Quarter, l.Siret, l.ContractType)));
        }

        var all = (await store.JobLinesAsync(filter, "commune", false, 0, int.MaxValue)).Select(l => new JobLineKey(l.Quarter, l.Siret, l.ContractType));
        pages.Should().Equal(all).And.HaveCount(4).And.OnlyHaveUniqueItems();
    }

    [Test]
    public async Task AnotherPlansLines_AreNeverListed()
    {
        await using var temp = await SeededAsync();
        var second = (await new PlanStore(temp.Database).AddAsync(PlanDocuments.Second())).Plan!.Id;
        var store = new LinesStore(temp.Database, second);

        (await store.TotalsAsync(new LineFilter(Indicator.Jobs, AsOf))).Count.Should().Be(0);
        (await store.JobLinesAsync(new LineFilter(Indicator.Jobs, AsOf), null, false, 0, 100)).Should().BeEmpty();
        (await store.CooperativesAsync(new LineFilter(Indicator.Cooperatives, AsOf), null, false, 0, 100)).Should().BeEmpty();
    }

    private async Task<TestDatabase> SeededAsync()
    {
        var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(TestLines.Request("h1",
            [
                TestLines.Job("2025-T1", jobs: 5, fte: 1m),
                TestLines.Job("2025-T1", contract: ContractType.Cdd, jobs: 2, row: 3),
                TestLines.Job("2025-T2", siret: TestLines.SiretB, jobs: 4, commune: "Drancy", axis: 2, row: 4, fte: 2.5m),
                TestLines.Job("2025-T3", siret: TestLines.SiretC, jobs: 100, row: 5),
            ],
            [TestLines.Coop(date: "2025-02-01"), TestLines.Coop(name: "CAE Envol", date: "2025-08-01", row: 3)]));
        return temp;
    }

    private sealed record JobLineKey(string Quarter, string Siret, string ContractType);
}

public sealed class SqliteLinesStoreTests : LinesStoreTests<SqliteTestProvider>;

public sealed class SqlServerLinesStoreTests : LinesStoreTests<SqlServerTestProvider>;
