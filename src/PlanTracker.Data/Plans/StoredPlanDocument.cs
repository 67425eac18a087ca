using System.Text.Json;
using System.Text.Json.Nodes;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Plans.Files;

namespace PlanTracker.Data.Plans;

/// <summary>
/// The plan file a database keeps in <c>plan.document</c>: read and checked by Core's <see cref="PlanFile"/>; a
/// document written by the upgrade of a single-plan database (window, targets and thresholds, no territory) is read
/// with the default plan's territory, the one such a database was made for.
/// </summary>
internal static class StoredPlanDocument
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The plan's code, name and territory and the plan, or every mistake that makes the document unusable.</summary>
    public static (PlanRef? Names, Plan? Plan, IReadOnlyList<string> Errors) Read(string document)
    {
        var result = PlanFile.Read(document);
        if (result.Plan is not { } plan)
        {
            return (null, null, result.Errors.Select(e => e.Message("fr")).ToList());
        }

        return (new PlanRef(0, plan.Code, plan.Name, plan.TerritoryName), plan, []);
    }

    /// <summary>Core's default plan file, as embedded.</summary>
    public static string DefaultDocument()
    {
        using var stream = typeof(Plan).Assembly.GetManifestResourceStream("PlanTracker.Core.DefaultPlan.json")
                           ?? throw new InvalidOperationException("DefaultPlan.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The stored document as a whole plan file: an upgraded one gains the default plan's territory.</summary>
    public static string Completed(string stored)
    {
        var node = JsonNode.Parse(stored, documentOptions: Options)!.AsObject();
        if (node.ContainsKey("communes"))
        {
            return stored;
        }

        var whole = JsonNode.Parse(DefaultDocument(), documentOptions: Options)!.AsObject();
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            whole[key] = value;
        }

        return whole.ToJsonString();
    }
}
