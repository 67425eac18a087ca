using System.Data.Common;
using Dapper;

namespace PlanTracker.Data.Figures;

/// <summary>
/// Reads one plan's <c>quarter_total</c> rows on the connection and transaction of an import that is under way, so that
/// a dry run sees the totals its own (rolled back) writes produced: a few hundred rows, read twice under the import's
/// lock.
/// </summary>
internal static class QuarterTotalsReader
{
    public static async Task<IReadOnlyList<QuarterTotal>> ReadAsync(DbConnection connection, DbTransaction transaction, int planId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT indicator AS Indicator, quarter AS Quarter, axis AS Axis, commune AS Commune, value AS Value FROM quarter_total WHERE plan_id = @planId",
            new { planId },
            transaction,
            cancellationToken: cancellationToken));
        return rows.Select(r => new QuarterTotal(r.Indicator, r.Quarter, (int)r.Axis, r.Commune, r.Value)).ToList();
    }

    private sealed class Row
    {
        public string Indicator { get; set; } = "";

        public string Quarter { get; set; } = "";

        public long Axis { get; set; }

        public string Commune { get; set; } = "";

        public long Value { get; set; }
    }
}
