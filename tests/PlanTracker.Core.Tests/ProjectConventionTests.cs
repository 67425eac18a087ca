using System.Xml.Linq;
using PlanTracker.Testing;

namespace PlanTracker.Core.Tests;

public class ProjectConventionTests
{
    [Test]
    public void CoreProject_HasNoPackageReference()
    {
        var project = XDocument.Load(CoreProjectPath());

        // Core is the plan as code: no I/O, no packages, and it depends on no other project.
        project.Descendants().Where(e => e.Name.LocalName == "PackageReference")
            .Select(e => (string?)e.Attribute("Include"))
            .Should().BeEmpty();
        project.Descendants().Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .Should().BeEmpty();
    }

    private static string CoreProjectPath()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "PlanTracker.Core", "PlanTracker.Core.csproj");
        File.Exists(path).Should().BeTrue($"{path} should exist");
        return path;
    }
}
