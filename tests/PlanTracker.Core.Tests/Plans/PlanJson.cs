using System.Text.Json;
using System.Text.Json.Nodes;
using PlanTracker.Testing;

namespace PlanTracker.Core.Tests.Plans;

/// <summary>Plan files for tests: the default plan file (DefaultPlan.json as shipped) with the fields a test changes.</summary>
internal static class PlanJson
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static string DefaultFile => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "PlanTracker.Core", "DefaultPlan.json"));

    /// <summary>The default plan file as a JSON object to edit.</summary>
    public static JsonObject Default() => JsonNode.Parse(DefaultFile, documentOptions: Options)!.AsObject();

    /// <summary><paramref name="partial"/>'s fields over the default plan file's (a field absent from it keeps the default).</summary>
    public static string Over(string partial)
    {
        var plan = Default();
        foreach (var (key, value) in JsonNode.Parse(partial, documentOptions: Options)!.AsObject().ToList())
        {
            plan[key] = value?.DeepClone();
        }

        return plan.ToJsonString();
    }

    /// <summary>The default plan file with <paramref name="edit"/> applied.</summary>
    public static string Edited(Action<JsonObject> edit)
    {
        var plan = Default();
        edit(plan);
        return plan.ToJsonString();
    }
}
