using System.Data.Common;
using System.Globalization;
using Dapper;
using PlanTracker.Core.Plans;

namespace PlanTracker.Data.Plans;

/// <summary>The plan as stored: seeded from Core's default plan on first use, then read from the database.</summary>
public sealed class PlanStore(PlanTrackerDatabase database)
{
    public async Task<Plan> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var dialect = database.Dialect;
        // "plan" is quoted: PLAN is a reserved word in T-SQL.
        var row = (await connection.ListAsync(
            $"SELECT {dialect.DateText("start_date")}, {dialect.DateText("deadline")}, on_track_pace, watch_pace FROM \"plan\" WHERE id = 1",
            r => new PlanRow { StartDate = r.Text(0), Deadline = r.Text(1), OnTrackPace = r.Decimal(2), WatchPace = r.Decimal(3) },
            cancellationToken)).SingleOrDefault();
        if (row is null)
        {
            return Plan.Default;
        }

        var targets = await connection.ListAsync(
            "SELECT indicator, scope, scope_key, target FROM plan_target",
            r => new TargetRow(r.Text(0), r.Text(1), r.TextOrNull(2) ?? "", r.Int(3)),
            cancellationToken);
        var trajectory = await connection.ListAsync(
            "SELECT indicator, year, value FROM plan_trajectory",
            r => new TrajectoryRow(r.Text(0), r.Int(1), r.Decimal(2)),
            cancellationToken);

        // The database holds no territory yet: the default plan's, until plans are stored whole.
        var defaults = Plan.Default;
        return new Plan
        {
            Code = defaults.Code,
            Name = defaults.Name,
            TerritoryName = defaults.TerritoryName,
            Territory = defaults.Territory,
            GracePeriodDays = defaults.GracePeriodDays,
            Start = DateOnly.ParseExact(row.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Deadline = DateOnly.ParseExact(row.Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Targets = targets.Where(t => t.Scope == "plan").ToDictionary(t => IndicatorNames.FromCode(t.Indicator), t => t.Target),
            AxisTargets = ByIndicator(targets.Where(t => t.Scope == "axis"), t => t.Indicator, t => int.Parse(t.ScopeKey, CultureInfo.InvariantCulture), t => t.Target),
            CommuneTargets = ByIndicator(targets.Where(t => t.Scope == "commune"), t => t.Indicator, t => t.ScopeKey, t => t.Target),
            Trajectories = ByIndicator(trajectory, t => t.Indicator, t => t.Year, t => t.Value),
            Thresholds = new StatusThresholds(row.OnTrackPace, row.WatchPace),
        };
    }

    // A loop, not GroupBy: LINQ's grouping over the Indicator enum is compiled at run time on every command's start-up.
    private static Dictionary<Indicator, IReadOnlyDictionary<TKey, TValue>> ByIndicator<TRow, TKey, TValue>(
        IEnumerable<TRow> rows, Func<TRow, string> indicator, Func<TRow, TKey> key, Func<TRow, TValue> value)
        where TKey : notnull
    {
        var groups = new Dictionary<Indicator, IReadOnlyDictionary<TKey, TValue>>();
        foreach (var row in rows)
        {
            var code = IndicatorNames.FromCode(indicator(row));
            if (!groups.TryGetValue(code, out var group))
            {
                groups[code] = group = new Dictionary<TKey, TValue>();
            }

            ((Dictionary<TKey, TValue>)group)[key(row)] = value(row);
        }

        return groups;
    }

    /// <summary>Writes Core's default plan when the database has none yet (first run).</summary>
    internal async Task SeedDefaultAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Seeded already (every run but the first): no write lock to wait for behind a running import.
        if (Convert.ToInt64(await connection.ScalarAsync("SELECT COUNT(1) FROM \"plan\"", cancellationToken), CultureInfo.InvariantCulture) > 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two web instances starting together: the second waits, then finds the plan seeded.
        await database.Dialect.LockAsync(connection, transaction, Schema.Migrator.LockResource, Schema.Migrator.LockTimeout,
            database.Description, cancellationToken);
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM \"plan\"", transaction: transaction) == 0)
        {
            await SaveAsync(connection, transaction, Plan.Default);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SaveAsync(DbConnection connection, DbTransaction transaction, Plan plan)
    {
        await connection.ExecuteAsync("DELETE FROM plan_trajectory", transaction: transaction);
        await connection.ExecuteAsync("DELETE FROM plan_target", transaction: transaction);
        await connection.ExecuteAsync("DELETE FROM \"plan\"", transaction: transaction);
        await connection.ExecuteAsync(
            "INSERT INTO \"plan\" (id, start_date, deadline, on_track_pace, watch_pace) VALUES (1, @start, @deadline, @onTrack, @watch)",
            new
            {
                start = database.Dialect.Date(plan.Start),
                deadline = database.Dialect.Date(plan.Deadline),
                onTrack = plan.Thresholds.OnTrack,
                watch = plan.Thresholds.Watch,
            },
            transaction);

        var targets = plan.Targets.Select(t => new TargetRow(t.Key.Code(), "plan", "", t.Value))
            .Concat(plan.AxisTargets.SelectMany(i => i.Value.Select(a => new TargetRow(i.Key.Code(), "axis", a.Key.ToString(CultureInfo.InvariantCulture), a.Value))))
            .Concat(plan.CommuneTargets.SelectMany(i => i.Value.Select(c => new TargetRow(i.Key.Code(), "commune", c.Key, c.Value))));
        await connection.ExecuteAsync(
            "INSERT INTO plan_target (indicator, scope, scope_key, target) VALUES (@Indicator, @Scope, @ScopeKey, @Target)",
            targets,
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO plan_trajectory (indicator, year, value) VALUES (@Indicator, @Year, @Value)",
            plan.Trajectories.SelectMany(i => i.Value.Select(p => new TrajectoryRow(i.Key.Code(), p.Key, p.Value))),
            transaction);
    }

    private sealed class PlanRow
    {
        public string StartDate { get; set; } = "";

        public string Deadline { get; set; } = "";

        public decimal OnTrackPace { get; set; }

        public decimal WatchPace { get; set; }
    }

    private sealed class TargetRow
    {
        public TargetRow()
        {
        }

        public TargetRow(string indicator, string scope, string scopeKey, int target) =>
            (Indicator, Scope, ScopeKey, Target) = (indicator, scope, scopeKey, target);

        public string Indicator { get; set; } = "";

        public string Scope { get; set; } = "";

        public string ScopeKey { get; set; } = "";

        public int Target { get; set; }
    }

    private sealed class TrajectoryRow
    {
        public TrajectoryRow()
        {
        }

        public TrajectoryRow(string indicator, int year, decimal value) => (Indicator, Year, Value) = (indicator, year, value);

        public string Indicator { get; set; } = "";

        public int Year { get; set; }

        public decimal Value { get; set; }
    }
}
