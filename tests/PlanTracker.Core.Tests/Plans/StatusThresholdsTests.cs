using PlanTracker.Core.Plans;

namespace PlanTracker.Core.Tests.Plans;

public class StatusThresholdsTests
{
    [TestCase(1.5, ProgressStatus.OnTrack)]
    [TestCase(0.95, ProgressStatus.OnTrack)]
    [TestCase(0.9499, ProgressStatus.Watch)]
    [TestCase(0.80, ProgressStatus.Watch)]
    [TestCase(0.7999, ProgressStatus.Behind)]
    [TestCase(0, ProgressStatus.Behind)]
    public void Classify_DefaultThresholds_BoundariesInclusive(decimal pace, ProgressStatus expected)
    {
        new StatusThresholds().Classify(pace).Should().Be(expected);
    }

    [TestCase(0.95, ProgressStatus.Watch)]
    [TestCase(0.6, ProgressStatus.Watch)]
    [TestCase(0.59, ProgressStatus.Behind)]
    public void Classify_CustomThresholds_AreUsed(decimal pace, ProgressStatus expected)
    {
        new StatusThresholds(OnTrack: 1.0m, Watch: 0.6m).Classify(pace).Should().Be(expected);
    }

    [Test]
    public void Classify_NoPace_IsOnTrack()
    {
        // Nothing is expected yet (before the plan starts): nothing can be late.
        new StatusThresholds().Classify(null).Should().Be(ProgressStatus.OnTrack);
    }

    [TestCase(ProgressStatus.OnTrack, "on-track", "Dans la trajectoire", "On track")]
    [TestCase(ProgressStatus.Watch, "watch", "À surveiller", "Watch")]
    [TestCase(ProgressStatus.Behind, "behind", "En retard", "Behind")]
    public void CodeAndLabel_Status_AreTheContractValues(ProgressStatus status, string code, string fr, string en)
    {
        status.Code().Should().Be(code);
        status.Label("fr").Should().Be(fr);
        status.Label("en").Should().Be(en);
    }
}
