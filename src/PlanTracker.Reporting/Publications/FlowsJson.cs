using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;

namespace PlanTracker.Reporting.Publications;

/// <summary>
/// The flows a publication was computed from, as stored with it: enough to build the same snapshot again (charts,
/// report, export), where the status document alone keeps only the totals.
/// </summary>
internal static class FlowsJson
{
    public static string Write(IReadOnlyList<Flow> jobs, IReadOnlyList<Flow> cooperatives) =>
        new JsonObject
        {
            ["jobs"] = Array(jobs),
            ["cooperatives"] = Array(cooperatives),
        }.ToJsonString();

    public static (IReadOnlyList<Flow> Jobs, IReadOnlyList<Flow> Cooperatives) Read(string json, PlanTerritory territory)
    {
        using var document = JsonDocument.Parse(json);
        return (Flows(document.RootElement.GetProperty("jobs"), territory), Flows(document.RootElement.GetProperty("cooperatives"), territory));
    }

    private static JsonArray Array(IReadOnlyList<Flow> flows) =>
        new(flows.Select(f => (JsonNode?)new JsonObject
        {
            ["quarter"] = f.Quarter.ToString(),
            ["axis"] = f.Axis.Code,
            ["commune"] = f.Commune.Name,
            ["value"] = f.Value,
        }).ToArray());

    private static List<Flow> Flows(JsonElement array, PlanTerritory territory) =>
        array.EnumerateArray().Select(f => new Flow(
            Quarter.Parse(f.GetProperty("quarter").GetString()!),
            territory.AxisOrNumbered(f.GetProperty("axis").GetInt32()),
            territory.CommuneOrNamed(f.GetProperty("commune").GetString()!),
            decimal.Parse(f.GetProperty("value").GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture))).ToList();
}
