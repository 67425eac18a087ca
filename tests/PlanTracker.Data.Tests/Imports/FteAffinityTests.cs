using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;

namespace PlanTracker.Data.Tests.Imports;

/// <summary>
/// SQLite's NUMERIC affinity stores an FTE of 2 as an integer and 1.5 as a real. Dapper builds its reader from the
/// first row's types, so a real followed by an integer in one query once crashed the demo's export
/// ("Error parsing column 7 (Fte=1 - Int64)").
/// </summary>
public class FteAffinityTests
{
    [Test]
    public async Task Fte_RealThenInteger_InOneQuery_ReadsBackAsDecimals()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        // Ordered by contract type in the query: CDD (1.5, a real) comes before CDI (2, an integer).
        await store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 3, fte: 2m), Lines.Job(jobs: 2, fte: 1.5m, contract: ContractType.Cdd)]));

        var details = await new LineDetailsStore(temp.Database, 1).JobLinesAsync(Quarter.Parse("2025-T4"));

        details.Select(d => d.Fte).Should().Equal(1.5m, 2m);
    }

    [TestCase(2.0)]
    [TestCase(1.5)]
    public async Task Fte_SentAgainUnchanged_CountsAsUnchanged(double fte)
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = new ImportStore(temp.Database, 1, TimeProvider.System);
        await store.ImportAsync(Lines.Request("h1", [Lines.Job(jobs: 3, fte: 1.25m, contract: ContractType.Cdd), Lines.Job(jobs: 3, fte: (decimal)fte)]));

        var again = await store.ImportAsync(Lines.Request("h2", [Lines.Job(jobs: 3, fte: 1.25m, contract: ContractType.Cdd), Lines.Job(jobs: 3, fte: (decimal)fte)]));

        again.JobsUnchanged.Should().Be(2);
    }
}
