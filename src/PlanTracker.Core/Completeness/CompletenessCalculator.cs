using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;

namespace PlanTracker.Core.Completeness;

/// <summary>The reporting cycle's rule (docs/figures.md#who-has-sent-their-figures): no I/O, the reports and "today" are given.</summary>
public static class CompletenessCalculator
{
    /// <summary>How many quarters before the as-of quarter a structure's report makes it expected.</summary>
    public const int LookBackQuarters = 4;

    /// <param name="reports">Which structures sent job lines for which quarters (at least those of the look-back window).</param>
    /// <param name="today">The day, UTC, against which the grace period is read.</param>
    public static ReportingCompleteness Compute(Plan plan, Quarter asOf, IEnumerable<StructureReport> reports, DateOnly today)
    {
        var from = Quarter.Max(asOf.AddQuarters(-LookBackQuarters), plan.FirstQuarter);
        var window = reports.Where(r => r.Quarter >= from && r.Quarter <= asOf).ToList();
        var received = window.Where(r => r.Quarter == asOf).Select(r => r.Siret).ToHashSet(StringComparer.Ordinal);
        var before = window.Where(r => r.Quarter < asOf).ToList();
        var expectedSirets = before.Select(r => r.Siret).ToHashSet(StringComparer.Ordinal);

        // Name and commune as the structure last gave them; its last quarter before the as-of one for the missing.
        var latest = window.GroupBy(r => r.Siret, StringComparer.Ordinal)
            .Where(g => expectedSirets.Contains(g.Key))
            .Select(g => g.OrderByDescending(r => r.Quarter).ThenBy(r => r.Commune.Name, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).First())
            .ToList();
        var lastBefore = before.GroupBy(r => r.Siret, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.Quarter), StringComparer.Ordinal);
        var missing = latest.Where(r => !received.Contains(r.Siret))
            .Select(r => new MissingStructure(r.Siret, r.Name, r.Commune, lastBefore[r.Siret]))
            .OrderBy(m => m.Commune.Name, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Siret, StringComparer.Ordinal)
            .ToList();

        var communes = plan.Territory.Communes
            .Concat(latest.Select(r => r.Commune).Where(c => !plan.Territory.Communes.Contains(c)).Distinct().OrderBy(c => c.Name, StringComparer.Ordinal))
            .ToList();
        var byCommune = communes.Select(c => new CommuneCompleteness(
                c,
                latest.Count(r => r.Commune == c),
                latest.Count(r => r.Commune == c && received.Contains(r.Siret))))
            .ToList();

        var graceEnds = asOf.LastDay.AddDays(plan.GracePeriodDays);
        var state = ReportingCompleteness.StateOn(missing.Count, graceEnds, today);
        return new ReportingCompleteness(
            asOf, graceEnds, state, expectedSirets.Count, expectedSirets.Count - missing.Count,
            received.Count(s => !expectedSirets.Contains(s)), missing, byCommune);
    }

    /// <summary>The first quarter whose reports <see cref="Compute"/> reads for <paramref name="asOf"/>.</summary>
    public static Quarter WindowStart(Quarter asOf) => asOf.AddQuarters(-LookBackQuarters);

    /// <summary>Today as the rule reads it: the UTC date of the clock, as the as-of quarter's default is.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
