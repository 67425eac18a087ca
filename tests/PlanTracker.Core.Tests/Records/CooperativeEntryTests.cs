using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Testing;

namespace PlanTracker.Core.Tests.Records;

public class CooperativeEntryTests
{
    [TestCase(2025, 3, 31, "2025-T1")]
    [TestCase(2025, 4, 1, "2025-T2")]
    public void Quarter_CreationDate_IsQuarterContainingIt(int year, int month, int day, string expected)
    {
        var entry = Entry("SCOP Les Déménageurs", new DateOnly(year, month, day));

        entry.Quarter.Should().Be(Quarter.Parse(expected));
    }

    [Test]
    public void NameKey_TypedVariants_ShareOneKey()
    {
        var a = Entry("SCOP Les Déménageurs", new DateOnly(2025, 1, 1));
        var b = Entry("scop les demenageurs", new DateOnly(2025, 1, 1));

        a.NameKey.Should().Be("scoplesdemenageurs").And.Be(b.NameKey);
    }

    private static CooperativeEntry Entry(string name, DateOnly created) =>
        new(name, null, LegalForm.Scop, created, Territories.Commune("Sevran"), Territories.Axis(3), 3, "Coopératives", 2);
}
