using System.Reflection;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans.Files;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Plans;

/// <summary>
/// The plan being tracked: its code and name, its territory (communes and axes), its window, headline targets,
/// optional sub-targets per axis and commune, optional custom trajectory (cumulative value expected at each year end)
/// and status thresholds. Read from a plan file (docs/plan-file.md) by <see cref="FromJson"/>.
/// </summary>
public sealed record Plan
{
    /// <summary>The plan's identifier in URLs and on the command line: a slug such as <c>plan-ess-2030</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The territory's name, as titles show it.</summary>
    public required string TerritoryName { get; init; }

    public required PlanTerritory Territory { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly Deadline { get; init; }

    public required IReadOnlyDictionary<Indicator, int> Targets { get; init; }

    /// <summary>Sub-targets per axis code, per indicator; an axis absent here has none.</summary>
    public IReadOnlyDictionary<Indicator, IReadOnlyDictionary<int, int>> AxisTargets { get; init; } =
        new Dictionary<Indicator, IReadOnlyDictionary<int, int>>();

    /// <summary>Sub-targets per commune name, per indicator; a commune absent here has none.</summary>
    public IReadOnlyDictionary<Indicator, IReadOnlyDictionary<string, int>> CommuneTargets { get; init; } =
        new Dictionary<Indicator, IReadOnlyDictionary<string, int>>();

    /// <summary>Custom trajectory: cumulative value expected at the end of each listed year; linear when absent.</summary>
    public IReadOnlyDictionary<Indicator, IReadOnlyDictionary<int, decimal>> Trajectories { get; init; } =
        new Dictionary<Indicator, IReadOnlyDictionary<int, decimal>>();

    public StatusThresholds Thresholds { get; init; } = new();

    /// <summary>Days after a quarter's end before its figures count as late.</summary>
    public int GracePeriodDays { get; init; } = PlanFileChecks.DefaultGracePeriodDays;

    public Quarter FirstQuarter => Quarter.Containing(Start);

    public Quarter LastQuarter => Quarter.Containing(Deadline);

    /// <summary>Number of quarters in the plan window, both ends included (28 for 2024–2030).</summary>
    public int QuarterCount => LastQuarter.QuartersSince(FirstQuarter) + 1;

    public bool Contains(Quarter quarter) => quarter >= FirstQuarter && quarter <= LastQuarter;

    public bool Contains(DateOnly date) => date >= Start && date <= Deadline;

    public int Target(Indicator indicator) => Targets[indicator];

    public int? AxisTarget(Indicator indicator, Axis axis) =>
        AxisTargets.TryGetValue(indicator, out var byAxis) && byAxis.TryGetValue(axis.Code, out var t) ? t : null;

    public int? CommuneTarget(Indicator indicator, Commune commune) =>
        CommuneTargets.TryGetValue(indicator, out var byCommune) && byCommune.TryGetValue(commune.Name, out var t) ? t : null;

    public IReadOnlyDictionary<int, decimal>? Trajectory(Indicator indicator) =>
        Trajectories.TryGetValue(indicator, out var points) && points.Count > 0 ? points : null;

    /// <summary>Every quarter of the plan, in order.</summary>
    public IEnumerable<Quarter> Quarters() =>
        Enumerable.Range(0, QuarterCount).Select(FirstQuarter.AddQuarters);

    /// <summary>The default plan, from the embedded <c>DefaultPlan.json</c> (data, not constants in code).</summary>
    public static Plan Default { get; } = LoadDefault();

    /// <summary>The plan in a plan file; <see cref="PlanFileException"/> lists every mistake of a file refused.</summary>
    public static Plan FromJson(string json) => PlanFile.Parse(json);

    private static Plan LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PlanTracker.Core.DefaultPlan.json")
                           ?? throw new InvalidOperationException("DefaultPlan.json is not embedded.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
