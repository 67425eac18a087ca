using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Plans;

/// <summary>The default plan file under another code and name: the sample workbooks are valid in both plans.</summary>
public static class SecondPlanFile
{
    public const string Code = "ptde-suite";

    public static readonly string Text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "PlanTracker.Core", "DefaultPlan.json"))
        .Replace("\"code\": \"paris-terres-d-envol\"", $"\"code\": \"{Code}\"", StringComparison.Ordinal)
        .Replace("\"name\": \"Plan ESS 2024-2030\"", "\"name\": \"Plan ESS 2025-2029\"", StringComparison.Ordinal);

    /// <summary>Writes the file into the run's folder and returns its path.</summary>
    public static string Write(CliRun cli, string name = "est.json", string? text = null)
    {
        var path = Path.Combine(cli.Folder, name);
        File.WriteAllText(path, text ?? Text);
        return path;
    }
}
