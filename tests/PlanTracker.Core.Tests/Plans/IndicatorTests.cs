using PlanTracker.Core.Plans;

namespace PlanTracker.Core.Tests.Plans;

public class IndicatorTests
{
    [TestCase(Indicator.Jobs, "jobs", "Emplois créés", "Jobs created", "emplois")]
    [TestCase(Indicator.Cooperatives, "cooperatives", "Nouvelles coopératives", "New cooperatives", "coopératives")]
    public void CodeLabelUnit_Indicator_RoundTrip(Indicator indicator, string code, string fr, string en, string unitFr)
    {
        indicator.Code().Should().Be(code);
        IndicatorNames.FromCode(code).Should().Be(indicator);
        indicator.Label("fr").Should().Be(fr);
        indicator.Label("en").Should().Be(en);
        indicator.Unit("fr").Should().Be(unitFr);
    }

    [TestCase("Jobs")]
    [TestCase("emplois")]
    [TestCase("")]
    public void FromCode_UnknownCode_Throws(string code)
    {
        var act = () => IndicatorNames.FromCode(code);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
