using System.Text.Json;
using System.Text.Json.Nodes;
using PlanTracker.Core.Plans;

namespace PlanTracker.Bench.Plans;

/// <summary>
/// The plans of the several-plans measure: the default plan as plan 1, then plan files made from it under other codes
/// and names, with the same territory and targets of their own, each checked by Core's plan file rules when added.
/// </summary>
internal static class BenchPlans
{
    public const int Count = 12;

    public const int LinesPerPlan = 50_000;

    /// <summary>The plan measured in both databases: plan 1, the only one of the one-plan database.</summary>
    public const int MeasuredPlanId = 1;

    public static string MeasuredPlanCode => Plan.Default.Code;

    /// <summary>Plan <paramref name="plan"/>'s file (2 to <see cref="Count"/>).</summary>
    public static string Document(int plan)
    {
        var node = JsonNode.Parse(DefaultDocument(), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        node["code"] = $"banc-plan-{plan:00}";
        node["name"] = $"Plan ESS de banc d'essai n° {plan}";
        node["targets"] = new JsonObject { ["jobs"] = 1_000 + 100 * plan, ["cooperatives"] = 20 + plan };
        return node.ToJsonString();
    }

    private static string DefaultDocument()
    {
        using var stream = typeof(Plan).Assembly.GetManifestResourceStream("PlanTracker.Core.DefaultPlan.json")
                           ?? throw new InvalidOperationException("DefaultPlan.json is not embedded in PlanTracker.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
