using PlanTracker.Core.Text;

namespace PlanTracker.Core.Tests.Text;

public class FileNamesTests
{
    [TestCase("2025-T1.xlsx", "2025-T1.xlsx")]
    [TestCase("../../etc/passwd", "passwd")]
    [TestCase("..\\..\\bilan.xlsx", "bilan.xlsx")]
    [TestCase("rapport\u202Exslx.exe", "rapportxslx.exe")]
    [TestCase("\u2066bilan\u2069.xlsx", "bilan.xlsx")]
    [TestCase("bilan\u001b[31m.xlsx", "bilan[31m.xlsx")]
    [TestCase("   ", "classeur.xlsx")]
    [TestCase(null, "classeur.xlsx")]
    public void Clean_RemovesFoldersControlAndBidiCharacters(string? name, string expected)
    {
        FileNames.Clean(name).Should().Be(expected);
    }

    [Test]
    public void Clean_CutsAt200Characters()
    {
        FileNames.Clean(new string('a', 300) + ".xlsx").Should().HaveLength(FileNames.MaxLength);
    }
}
