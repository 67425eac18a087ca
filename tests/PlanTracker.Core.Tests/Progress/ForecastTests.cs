using PlanTracker.Core.Periods;
using PlanTracker.Core.Progress;

namespace PlanTracker.Core.Tests.Progress;

public class ForecastTests
{
    [TestCase("2029-T2", "2029-T2")]
    [TestCase("2030-T4", "2030-T4")]
    [TestCase("2031-T1", null)]
    [TestCase(null, null)]
    public void TargetReachedIn_ReachedInAgainstDeadline_OnlyUpToDeadline(string? reachedIn, string? expected)
    {
        var deadline = new Quarter(2030, 4);
        var forecast = new Forecast(10m, 4, 100m, Parse(reachedIn), deadline);

        forecast.TargetReachedIn.Should().Be(Parse(expected));
        forecast.ReachedIn.Should().Be(Parse(reachedIn));
    }

    private static Quarter? Parse(string? text) => text is null ? null : Quarter.Parse(text);
}
