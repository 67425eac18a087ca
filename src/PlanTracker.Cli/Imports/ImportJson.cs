using System.Text.Json;
using System.Text.Json.Nodes;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Import.Importing;
using PlanTracker.Import.Preview;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Cli.Imports;

/// <summary>
/// The <c>import --format json</c> document (docs/cli.md): one object per file, field names stable. Invariant numbers,
/// rounded as in <c>status --format json</c>.
/// </summary>
public static class ImportJson
{
    public static JsonObject File(WorkbookImportResult result, string lang)
    {
        var outcome = result.Outcome;
        var node = new JsonObject
        {
            ["file"] = result.FileName,
            ["result"] = result.Rejected ? "rejected" : result.AlreadyImported is not null ? "already-imported" : outcome!.DryRun ? "dry-run" : "imported",
            ["dryRun"] = outcome?.DryRun ?? false,
            ["batch"] = outcome?.BatchId,
            ["jobs"] = outcome is null ? null : Counts(outcome.JobsAdded, outcome.JobsUpdated, outcome.JobsUnchanged),
            ["cooperatives"] = outcome is null ? null : Counts(outcome.CoopsAdded, outcome.CoopsUpdated, outcome.CoopsUnchanged),
            ["errors"] = new JsonArray(result.Errors.Select(e => (JsonNode)new JsonObject
            {
                ["sheet"] = e.Sheet,
                ["cell"] = e.Cell,
                ["row"] = e.Row,
                ["header"] = e.Header,
                ["value"] = e.Value,
                ["message"] = e.Message(lang),
            }).ToArray()),
        };
        var preview = result.Preview;
        node["asOf"] = preview?.AsOf.ToString();
        node["before"] = preview is null ? null : Figures(preview.Latest.Before);
        node["after"] = preview is null ? null : Figures(preview.Latest.After);
        node["changes"] = new JsonArray((preview?.Changes ?? []).Select(c => (JsonNode)Change(preview!, c)).ToArray());
        return node;
    }

    /// <summary>One file: its object. Several: an array of them, in the order given.</summary>
    public static string Write(IReadOnlyList<JsonObject> files, bool several) =>
        (several ? new JsonArray(files.Cast<JsonNode>().ToArray()) : (JsonNode)files[0])
        .ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static JsonObject Counts(int added, int updated, int unchanged) =>
        new() { ["added"] = added, ["updated"] = updated, ["unchanged"] = unchanged };

    private static JsonObject Figures(PlanSnapshot snapshot) => new()
    {
        ["jobs"] = Progress(snapshot.Jobs.Territory),
        ["cooperatives"] = Progress(snapshot.Cooperatives.Territory),
    };

    private static JsonObject Progress(IndicatorProgress p) => new()
    {
        ["actual"] = StatusJson.Round(p.Actual, 2),
        ["target"] = p.Target is { } t ? StatusJson.Round(t, 0) : null,
        ["attainment"] = p.Attainment is { } a ? StatusJson.Round(a, 4) : null,
        ["expected"] = p.Expected is { } e ? StatusJson.Round(e, 1) : null,
        ["status"] = p.Status?.Code(),
    };

    // The indicator's status figures at the end of that quarter come along, so that a script reads a correction's effect too.
    private static JsonObject Change(FiguresPreview preview, QuarterChange change)
    {
        var effect = change.Quarter == preview.AsOf ? preview.Latest : preview.Earlier.FirstOrDefault(e => e.Quarter == change.Quarter);
        return new JsonObject
        {
            ["quarter"] = change.Quarter.ToString(),
            ["indicator"] = change.Indicator.Code(),
            ["before"] = StatusJson.Round(change.Before, 2),
            ["after"] = StatusJson.Round(change.After, 2),
            ["delta"] = StatusJson.Round(change.Delta, 2),
            ["figures"] = effect is null ? null : new JsonObject
            {
                ["before"] = Progress(effect.Before[change.Indicator].Territory),
                ["after"] = Progress(effect.After[change.Indicator].Territory),
            },
        };
    }
}
