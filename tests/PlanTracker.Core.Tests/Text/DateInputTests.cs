using PlanTracker.Core.Text;

namespace PlanTracker.Core.Tests.Text;

public class DateInputTests
{
    [TestCase("2026-12-01", 2026, 12, 1)]
    [TestCase("01/12/2026", 2026, 12, 1)]
    [TestCase(" 1/2/2026 ", 2026, 2, 1)]
    [TestCase("12/01/2026", 2026, 1, 12)]
    public void TryParse_ReadsIsoAndFrenchDays(string text, int year, int month, int day)
    {
        DateInput.TryParse(text, out var date).Should().BeTrue();
        date.Should().Be(new DateOnly(year, month, day));
    }

    [TestCase("hier")]
    [TestCase("2026-13-01")]
    [TestCase("31/02/2026")]
    [TestCase("2026-12-01T10:00")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParse_RefusesWhatIsNotADay(string? text) =>
        DateInput.TryParse(text, out _).Should().BeFalse();
}
