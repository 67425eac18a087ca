using System.Globalization;
using System.Text.Json.Nodes;
using PlanTracker.Core.Plans;
using PlanTracker.Data.Publications;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Reporting.Publications;

/// <summary>
/// The status document with what it says about publishing added at its end: <c>publication</c> (null when the quarter
/// was never published) and <c>restatements</c> (empty when nothing moved). The figures before them are written
/// exactly as given: a stored publication's numbers come out byte for byte as they were published.
/// </summary>
public static class PublishedStatus
{
    public static string Json(string figuresDocument, PublicationState state)
    {
        var document = JsonNode.Parse(figuresDocument)!.AsObject();
        document["publication"] = state.Publication is { } p
            ? new JsonObject
            {
                ["id"] = p.Id,
                ["publishedAt"] = p.PublishedAtUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["note"] = p.Note,
                ["publishedBy"] = p.PublishedBy,
            }
            : null;
        document["restatements"] = new JsonArray(state.Restatements.Select(r => (JsonNode?)new JsonObject
        {
            ["indicator"] = r.Indicator.Code(),
            ["scope"] = r.Scope,
            ["key"] = r.Key,
            ["published"] = StatusJson.Round(r.Published, 2),
            ["now"] = StatusJson.Round(r.Now, 2),
            ["batches"] = new JsonArray(r.Batches.Select(b => (JsonNode?)new JsonObject
            {
                ["id"] = b.Id,
                ["file"] = b.File,
                ["rolledBack"] = b.RolledBack,
            }).ToArray()),
        }).ToArray());
        return document.ToJsonString(StatusJson.Options);
    }
}
