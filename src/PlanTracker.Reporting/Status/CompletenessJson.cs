using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanTracker.Core.Completeness;

namespace PlanTracker.Reporting.Status;

/// <summary>
/// The <c>reporting --format json</c> document (docs/cli.md): field names are stable, new ones may be added. Also
/// gives the <c>completeness</c> object of <c>status --format json</c>.
/// </summary>
public static class CompletenessJson
{
    public static string Write(ReportingCompleteness completeness, int gracePeriodDays)
    {
        var document = new JsonObject
        {
            ["asOf"] = completeness.AsOf.ToString(),
            ["state"] = completeness.State.Code(),
            ["gracePeriodDays"] = gracePeriodDays,
            ["graceEnds"] = completeness.GraceEnds.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["expected"] = completeness.Expected,
            ["received"] = completeness.Received,
            ["missing"] = completeness.Missing.Count,
            ["percent"] = Percent(completeness.Ratio),
            ["newStructures"] = completeness.NewStructures,
            ["byCommune"] = new JsonArray(completeness.ByCommune.Select(c => (JsonNode?)new JsonObject
            {
                ["commune"] = c.Commune.Name,
                ["expected"] = c.Expected,
                ["received"] = c.Received,
                ["missing"] = c.Missing,
                ["percent"] = Percent(c.Ratio),
            }).ToArray()),
            ["missingStructures"] = new JsonArray(completeness.Missing.Select(m => (JsonNode?)new JsonObject
            {
                ["siret"] = m.Siret,
                ["name"] = m.Name,
                ["commune"] = m.Commune.Name,
                ["lastQuarter"] = m.LastReported.ToString(),
            }).ToArray()),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary><c>status --format json</c>'s <c>completeness</c>: <c>{ expected, received, percent, state }</c>.</summary>
    public static JsonObject Summary(ReportingCompleteness completeness) => new()
    {
        ["expected"] = completeness.Expected,
        ["received"] = completeness.Received,
        ["percent"] = Percent(completeness.Ratio),
        ["state"] = completeness.State.Code(),
    };

    // Percent of the expected that reported, rounded down to one decimal (never 100 with one missing); null for none expected.
    private static JsonNode? Percent(decimal? ratio)
    {
        if (ratio is not { } r)
        {
            return null;
        }

        var value = ReportingCompleteness.PercentValue(r, 1);
        return value == decimal.Truncate(value) ? JsonValue.Create((long)value) : JsonValue.Create(value);
    }
}
