namespace PlanTracker.Testing;

/// <summary>Paths inside the checkout the tests run from: its root (the folder of PlanTracker.sln) and the sample data.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleData => Path.Combine(Root, "sample-data");

    /// <summary>The sample quarterly workbooks, oldest quarter first.</summary>
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
