using PlanTracker.Core.Periods;
using PlanTracker.Core.Pipeline;

namespace PlanTracker.Core.Tests.Pipeline;

public class PipelineForecastTests
{
    private static readonly Quarter Deadline = new(2030, 4);

    [Test]
    public void Compute_NoProjectsInSupport_IsTheRegisteredAlone()
    {
        var forecast = PipelineForecast.Compute(12, 0, 8, 5, Deadline);

        forecast.Low.Should().Be(12);
        forecast.High.Should().Be(12);
        forecast.Expected.Should().Be(12m);
    }

    [TestCase(0, 0)]
    [TestCase(4, 4)]
    [TestCase(4, 0)]
    public void Compute_FewerThanFiveFollowed_UsesTheDefaultRate(int followed, int converted)
    {
        var forecast = PipelineForecast.Compute(12, 7, followed, converted, Deadline);

        forecast.Observed.Should().BeFalse();
        forecast.Rate.Should().Be(0.5m);
        forecast.RateLow.Should().Be(0.25m);
        forecast.RateHigh.Should().Be(0.75m);
        // 7 × 0,25 = 1,75 → 2 ; 7 × 0,75 = 5,25 → 5
        forecast.Low.Should().Be(14);
        forecast.High.Should().Be(17);
    }

    [Test]
    public void Compute_AllConverted_RateIsOne_RangeBelowIt()
    {
        var forecast = PipelineForecast.Compute(12, 7, 10, 10, Deadline);

        forecast.Observed.Should().BeTrue();
        forecast.Rate.Should().Be(1m);
        forecast.RateHigh.Should().Be(1m);
        forecast.RateLow.Should().BeApproximately(0.7225m, 0.0001m); // Wilson 95 % for 10 / 10
        forecast.Low.Should().Be(17); // 12 + 7 × 0,72 = 17,06
        forecast.High.Should().Be(19);
    }

    [Test]
    public void Compute_NoneConvertedYet_RateIsZero_RangeAboveIt()
    {
        var forecast = PipelineForecast.Compute(12, 7, 6, 0, Deadline);

        forecast.Observed.Should().BeTrue();
        forecast.Rate.Should().Be(0m);
        forecast.RateLow.Should().Be(0m);
        forecast.RateHigh.Should().BeApproximately(0.3903m, 0.0001m); // Wilson 95 % for 0 / 6
        forecast.Low.Should().Be(12);
        forecast.High.Should().Be(15); // 12 + 7 × 0,39 = 14,73
    }

    [Test]
    public void Compute_ExactlyFiveFollowed_IsObserved()
    {
        var forecast = PipelineForecast.Compute(3, 2, 5, 3, Deadline);

        forecast.Observed.Should().BeTrue();
        forecast.Rate.Should().Be(0.6m);
        forecast.Followed.Should().Be(5);
        forecast.Converted.Should().Be(3);
    }

    [Test]
    public void Low_High_RoundHalfAwayFromZero()
    {
        // 2 × 0,25 = 0,5 → 1 ; 2 × 0,75 = 1,5 → 2: a half rounds up, as every figure people read.
        var forecast = PipelineForecast.Compute(0, 2, 0, 0, Deadline);

        forecast.Low.Should().Be(1);
        forecast.High.Should().Be(2);
    }

    [Test]
    public void Wilson_StaysInsideZeroAndOne_AroundTheObservedShare()
    {
        var (low, high) = PipelineForecast.Wilson(5, 8);

        low.Should().BeApproximately(0.3057m, 0.0001m);
        high.Should().BeApproximately(0.8632m, 0.0001m);
    }
}
