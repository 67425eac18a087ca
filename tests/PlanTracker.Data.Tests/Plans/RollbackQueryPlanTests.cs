using Dapper;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Plans;

/// <summary>
/// How SQLite runs a rollback's check for later changes: it reads its own plan's later batches, each by its id, never a
/// range of every plan's later changes — one plan's rollback among 12 plans of 50,000 lines otherwise takes over a
/// minute (docs/performance.md).
/// </summary>
public sealed class RollbackQueryPlanTests
{
    [Test]
    public async Task BlockingBatches_ReadsTheLaterBatchesOfItsPlan_EachChangeListByBatchId()
    {
        await using var temp = await new SqliteTestProvider().MigratedAsync();
        await using var connection = await temp.Database.OpenAsync();

        var steps = (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + LineRestorer.BlockingBatchesSql, new { batchId = 1L })).Select(s => s.Detail).ToList();

        steps.Should().Contain(s => s.Contains("import_batch") && s.Contains("plan_id=? AND id>?"), "the later batches are those of the plan, by its index");
        steps.Where(s => s.Contains("line_change")).Should().NotBeEmpty()
            .And.OnlyContain(s => s.Contains("(batch_id=?)"), "each list of changes is read by its batch, never a range or a scan");
    }
}
