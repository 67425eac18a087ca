namespace PlanTracker.Cli.Tests;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SampleData => Path.Combine(Root, "sample-data");

    public static IReadOnlyList<string> SampleWorkbooks =>
        Directory.GetFiles(SampleData, "*.xlsx").Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PlanTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
