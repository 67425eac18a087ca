namespace PlanTracker.Data.Tests;

/// <summary>The checkout the tests run from, for tests that read the sources.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PlanTracker.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PlanTracker.sln not found above the test directory.");
    }
}
