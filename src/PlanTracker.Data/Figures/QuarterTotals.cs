using System.Data.Common;
using Dapper;

namespace PlanTracker.Data.Figures;

/// <summary>
/// Keeps <c>quarter_total</c> (migration 0003) equal to the plan's figures — jobs created (not consolidated) and
/// registered cooperatives with a creation date (not projects), as migration 0011 defines them: one plan's rows rewritten whole inside
/// every import and rollback transaction of that plan, a few hundred rows from one indexed pass (about 15 ms for
/// 100,000 lines), and <c>job_total</c> (migration 0011) equal to the job lines summed by nature and contract type, which
/// the pipeline figures read instead of every line (about 30 ms more per import, 30 ms less for each `status`).
/// </summary>
internal static class QuarterTotals
{
    public static Task RefreshAsync(DbConnection connection, DbTransaction transaction, int planId) =>
        connection.ExecuteAsync(
            """
            DELETE FROM quarter_total WHERE plan_id = @planId;
            INSERT INTO quarter_total (plan_id, indicator, quarter, axis, commune, value)
            SELECT @planId, 'jobs', quarter, axis, commune, SUM(jobs) FROM job_line WHERE plan_id = @planId AND nature = 'CREATION' GROUP BY quarter, axis, commune
            UNION ALL
            SELECT @planId, 'cooperatives', quarter, axis, commune, COUNT(1) FROM cooperative
            WHERE plan_id = @planId AND stage = 'IMMATRICULEE' AND creation_date IS NOT NULL GROUP BY quarter, axis, commune;
            DELETE FROM job_total WHERE plan_id = @planId;
            INSERT INTO job_total (plan_id, quarter, axis, commune, nature, contract_type, jobs, fte)
            SELECT @planId, quarter, axis, commune, nature, contract_type, SUM(jobs), SUM(COALESCE(fte, 0))
            FROM job_line WHERE plan_id = @planId GROUP BY quarter, axis, commune, nature, contract_type;
            """,
            new { planId },
            transaction);
}
