using System.Text.Json;
using System.Text.Json.Nodes;
using PlanTracker.Core.Completeness;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;

namespace PlanTracker.Reporting.Status;

/// <summary>
/// The <c>status --format json</c> document (docs/cli.md): field names are stable. Contract fields first; extra fields (labels, run rate,
/// pace needed, per-scope status) are additions, never renames. Invariant numbers, rounded for people who script.
/// In Reporting, not in the CLI: a publication stores this very document, whether the CLI or the dashboard publishes.
/// </summary>
public static class StatusJson
{
    /// <summary>How every status document is written out; also how a stored one is written again with fields added.</summary>
    internal static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="notes">The as-of quarter's latest notes: <c>note</c> at the top and in each axis (null when none).</param>
    public static string Write(PlanSnapshot snapshot, DateTimeOffset? lastImport, ReportingCompleteness? completeness = null, QuarterNotes? notes = null)
    {
        notes ??= QuarterNotes.None(snapshot.AsOf);
        var plan = snapshot.Plan;
        var document = new JsonObject
        {
            ["asOf"] = snapshot.AsOf.ToString(),
            ["plan"] = new JsonObject
            {
                ["start"] = plan.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["deadline"] = plan.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            ["lastImportUtc"] = lastImport?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["indicators"] = new JsonArray(snapshot.Indicators.Select(i => Indicator(i, notes)).ToArray<JsonNode?>()),
            ["note"] = NoteList.Object(notes.Territory),
            ["pipeline"] = PipelineJson.Object(PipelineFigures.Compute(plan, snapshot.AsOf, snapshot.Pipeline)),
        };
        if (completeness is not null)
        {
            document.Insert(3, "completeness", CompletenessJson.Summary(completeness));
        }

        return document.ToJsonString(Options);
    }

    private static JsonObject Indicator(IndicatorSnapshot indicator, QuarterNotes notes)
    {
        var node = Progress(indicator.Territory);
        node.Insert(0, "indicator", indicator.Indicator.Code());
        node["byAxis"] = new JsonArray(indicator.ByAxis.Select(a =>
        {
            var axis = int.Parse(a.Key, System.Globalization.CultureInfo.InvariantCulture);
            var scoped = Scoped("axis", axis, a);
            scoped["note"] = NoteList.Object(notes.ForAxis(axis));
            return (JsonNode?)scoped;
        }).ToArray());
        node["byCommune"] = new JsonArray(indicator.ByCommune.Select(c => Scoped("commune", c.Key, c)).ToArray<JsonNode?>());
        return node;
    }

    private static JsonObject Scoped(string keyName, JsonNode key, ScopedProgress scoped)
    {
        var node = Progress(scoped.Progress);
        node.Insert(0, keyName, key);
        node.Insert(1, "label", scoped.Label);
        node["contribution"] = Round(scoped.Contribution, 4);
        return node;
    }

    private static JsonObject Progress(IndicatorProgress p) => new()
    {
        ["target"] = p.Target is { } t ? Round(t, 0) : null,
        ["actual"] = Round(p.Actual, 2),
        ["expected"] = p.Expected is { } e ? Round(e, 1) : null,
        ["attainment"] = p.Attainment is { } a ? Round(a, 4) : null,
        ["pace"] = p.Pace is { } pace ? Round(pace, 4) : null,
        ["status"] = p.Status?.Code(),
        ["forecast"] = new JsonObject
        {
            ["atDeadline"] = Round(p.Forecast.AtDeadline, 1),
            ["targetReachedIn"] = p.Forecast.TargetReachedIn?.ToString(),
            ["projectedReachIn"] = p.Forecast.ReachedIn?.ToString(),
            ["runRatePerQuarter"] = Round(p.Forecast.RunRate, 2),
        },
        ["paceNeededPerQuarter"] = p.PaceNeededPerQuarter is { } n ? Round(n, 1) : null,
        ["remainingQuarters"] = p.RemainingQuarters,
    };

    // Whole values print as integers (812, not 812.0): decimal keeps trailing zeros otherwise.
    public static JsonNode Round(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == decimal.Truncate(rounded) ? JsonValue.Create((long)rounded) : JsonValue.Create(rounded / 1.0000000000000000000000000000m);
    }
}
