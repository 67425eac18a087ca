using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Plans;

/// <summary>
/// The plan being tracked: its window, headline targets, optional sub-targets per axis and commune, optional
/// custom trajectory (cumulative value expected at each year end) and status thresholds.
/// </summary>
public sealed record Plan
{
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

    // Declared before Default: static fields initialise in text order, and LoadDefault needs these options.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The default plan, from the embedded <c>DefaultPlan.json</c> (data, not constants in code).</summary>
    public static Plan Default { get; } = LoadDefault();

    public static Plan FromJson(string json)
    {
        var dto = JsonSerializer.Deserialize<PlanDocument>(json, JsonOptions)
                  ?? throw new FormatException("Empty plan document.");
        return dto.ToPlan();
    }

    private static Plan LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PlanTracker.Core.DefaultPlan.json")
                           ?? throw new InvalidOperationException("DefaultPlan.json is not embedded.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private sealed class PlanDocument
    {
        public DateOnly Start { get; set; }

        public DateOnly Deadline { get; set; }

        public Dictionary<string, int> Targets { get; set; } = [];

        public Dictionary<string, Dictionary<string, int>> AxisTargets { get; set; } = [];

        public Dictionary<string, Dictionary<string, int>> CommuneTargets { get; set; } = [];

        public Dictionary<string, Dictionary<string, decimal>> Trajectories { get; set; } = [];

        [JsonPropertyName("thresholds")]
        public StatusThresholds? Thresholds { get; set; }

        public Plan ToPlan()
        {
            if (Deadline <= Start)
            {
                throw new FormatException($"Plan deadline {Deadline:yyyy-MM-dd} is not after its start {Start:yyyy-MM-dd}.");
            }

            return new Plan
            {
                Start = Start,
                Deadline = Deadline,
                Targets = Targets.ToDictionary(kv => IndicatorNames.FromCode(kv.Key), kv => kv.Value),
                AxisTargets = AxisTargets.ToDictionary(
                    kv => IndicatorNames.FromCode(kv.Key),
                    kv => (IReadOnlyDictionary<int, int>)kv.Value.ToDictionary(a => int.Parse(a.Key, System.Globalization.CultureInfo.InvariantCulture), a => a.Value)),
                CommuneTargets = CommuneTargets.ToDictionary(
                    kv => IndicatorNames.FromCode(kv.Key),
                    kv => (IReadOnlyDictionary<string, int>)kv.Value.ToDictionary(c => Commune.FromName(c.Key).Name, c => c.Value)),
                Trajectories = Trajectories.ToDictionary(
                    kv => IndicatorNames.FromCode(kv.Key),
                    kv => (IReadOnlyDictionary<int, decimal>)kv.Value.ToDictionary(y => int.Parse(y.Key, System.Globalization.CultureInfo.InvariantCulture), y => y.Value)),
                Thresholds = Thresholds ?? new StatusThresholds(),
            };
        }
    }
}
