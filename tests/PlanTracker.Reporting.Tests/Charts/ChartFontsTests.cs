using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Tests.Charts;

public class ChartFontsTests
{
    [Test]
    public void Require_InstalledFont_Passes()
    {
        var act = () => ChartFonts.Require(ChartFonts.Family);

        act.Should().NotThrow("fonts-dejavu-core is a dependency of this project (.ci/run installs it)");
    }

    [Test]
    public void Require_MissingFont_FailsLoudlyNamingTheFontAndTheFix()
    {
        var act = () => ChartFonts.Require("No Such Font PlanTracker");

        act.Should().Throw<ChartFontMissingException>()
            .Where(e => e.Family == "No Such Font PlanTracker")
            .WithMessage("*\"No Such Font PlanTracker\" is not installed*fonts-dejavu-core*");
    }
}
