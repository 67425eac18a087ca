using Microsoft.Extensions.Time.Testing;
using PlanTracker.Core.Periods;

namespace PlanTracker.Core.Tests.Periods;

public class QuarterTests
{
    [TestCase("2025-T1", 2025, 1)]
    [TestCase("T1 2025", 2025, 1)]
    [TestCase("2025-Q1", 2025, 1)]
    [TestCase("Q1 2025", 2025, 1)]
    [TestCase("2025 T1", 2025, 1)]
    [TestCase("2025-t3", 2025, 3)]
    [TestCase("q4 2026", 2026, 4)]
    [TestCase("t2-2024", 2024, 2)]
    [TestCase("2025/T2", 2025, 2)]
    [TestCase("2030T4", 2030, 4)]
    [TestCase("  2025-T1  ", 2025, 1)]
    [TestCase("2025\u00A0T2", 2025, 2)]
    public void TryParse_QuarterForm_ReturnsThatQuarter(string text, int year, int number)
    {
        Quarter.TryParse(text, out var quarter).Should().BeTrue();

        quarter.Should().Be(new Quarter(year, number));
    }

    // A date means the quarter containing it; the last day of March and the first of April fall either side.
    [TestCase("31/03/2025", 2025, 1)]
    [TestCase("01/04/2025", 2025, 2)]
    [TestCase("2025-03-31", 2025, 1)]
    [TestCase("2025-04-01", 2025, 2)]
    [TestCase("1/7/2025", 2025, 3)]
    [TestCase("31.12.2024", 2024, 4)]
    [TestCase("30-09-2026", 2026, 3)]
    public void TryParse_Date_ReturnsQuarterContainingIt(string text, int year, int number)
    {
        Quarter.TryParse(text, out var quarter).Should().BeTrue();

        quarter.Should().Be(new Quarter(year, number));
    }

    [TestCase("2025-T5")]
    [TestCase("T0 2025")]
    [TestCase("Q9 2025")]
    [TestCase("2025-T12")]
    [TestCase("1899-T4")]
    [TestCase("25-T1")]
    [TestCase("T1 25")]
    [TestCase("2025-T")]
    [TestCase("2025-S1")]
    [TestCase("abc")]
    [TestCase("31/02/2025")]
    [TestCase("2025-13-01")]
    [TestCase("01/01/0001")]
    [TestCase("31/12/1899")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void TryParse_NotAQuarter_ReturnsFalse(string? text)
    {
        Quarter.TryParse(text, out _).Should().BeFalse();
    }

    [Test]
    public void Parse_NotAQuarter_ThrowsNamingTheValue()
    {
        var act = () => Quarter.Parse("2025-T5");

        act.Should().Throw<FormatException>().WithMessage("*2025-T5*");
    }

    [TestCase("t3 2026", "2026-T3")]
    [TestCase("2025-Q1", "2025-T1")]
    [TestCase("15/11/2027", "2027-T4")]
    public void ToString_AnyAcceptedForm_IsCanonical(string text, string expected)
    {
        Quarter.Parse(text).ToString().Should().Be(expected);
    }

    [TestCase("fr", "T2 2031")]
    [TestCase("en", "Q2 2031")]
    public void ToDisplay_Language_UsesItsLetter(string lang, string expected)
    {
        new Quarter(2031, 2).ToDisplay(lang).Should().Be(expected);
    }

    [TestCase(2025, 0)]
    [TestCase(2025, 5)]
    [TestCase(1899, 1)]
    [TestCase(10000, 1)]
    public void Constructor_OutOfRange_Throws(int year, int number)
    {
        var act = () => new Quarter(year, number);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase("2024-T4", "2025-T1")]
    [TestCase("2025-T1", "2025-T2")]
    [TestCase("2025-T4", "2026-T1")]
    [TestCase("2024-T1", "2030-T4")]
    public void Operators_EarlierAndLater_OrderByTime(string earlier, string later)
    {
        var a = Quarter.Parse(earlier);
        var b = Quarter.Parse(later);

        (a < b).Should().BeTrue();
        (a <= b).Should().BeTrue();
        (a > b).Should().BeFalse();
        (a >= b).Should().BeFalse();
        a.CompareTo(b).Should().BeNegative();
        b.CompareTo(a).Should().BePositive();
        Quarter.Min(a, b).Should().Be(a);
        Quarter.Max(b, a).Should().Be(b);
    }

    [Test]
    public void Sort_MixedYearsAndNumbers_SortsChronologically()
    {
        // Sorting the canonical strings would happen to work; sorting by number first would put 2026-T1 before 2025-T2.
        var quarters = new[] { "2026-T1", "2025-T2", "2024-T4", "2025-T1" }.Select(Quarter.Parse).ToList();

        quarters.Sort();

        quarters.Select(q => q.ToString()).Should().Equal("2024-T4", "2025-T1", "2025-T2", "2026-T1");
    }

    [Test]
    public void Equality_SameYearAndNumber_AreEqual()
    {
        var parsed = Quarter.Parse("T3 2025");

        parsed.Should().Be(new Quarter(2025, 3));
        (parsed <= new Quarter(2025, 3) && parsed >= new Quarter(2025, 3)).Should().BeTrue();
        parsed.CompareTo(new Quarter(2025, 3)).Should().Be(0);
    }

    [TestCase("2024-T4", 1, "2025-T1")]
    [TestCase("2025-T1", -1, "2024-T4")]
    [TestCase("2025-T3", 6, "2027-T1")]
    [TestCase("2025-T2", -9, "2023-T1")]
    [TestCase("2024-T1", 27, "2030-T4")]
    [TestCase("2025-T2", 0, "2025-T2")]
    public void AddQuarters_Count_CrossesYears(string start, int count, string expected)
    {
        Quarter.Parse(start).AddQuarters(count).Should().Be(Quarter.Parse(expected));
    }

    [Test]
    public void NextAndPrevious_AtYearBoundary_ChangeYear()
    {
        new Quarter(2025, 4).Next.Should().Be(new Quarter(2026, 1));
        new Quarter(2026, 1).Previous.Should().Be(new Quarter(2025, 4));
    }

    [TestCase("2030-T4", "2024-T1", 27)]
    [TestCase("2024-T1", "2030-T4", -27)]
    [TestCase("2025-T1", "2024-T4", 1)]
    [TestCase("2026-T3", "2024-T1", 10)]
    [TestCase("2025-T2", "2025-T2", 0)]
    public void QuartersSince_Other_CountsQuartersBetween(string later, string earlier, int expected)
    {
        Quarter.Parse(later).QuartersSince(Quarter.Parse(earlier)).Should().Be(expected);
    }

    [TestCase(2025, 1, "2025-01-01", "2025-03-31")]
    [TestCase(2025, 2, "2025-04-01", "2025-06-30")]
    [TestCase(2025, 3, "2025-07-01", "2025-09-30")]
    [TestCase(2025, 4, "2025-10-01", "2025-12-31")]
    [TestCase(2024, 1, "2024-01-01", "2024-03-31")]
    public void FirstDayAndLastDay_Quarter_AreItsBounds(int year, int number, string first, string last)
    {
        var quarter = new Quarter(year, number);

        quarter.FirstDay.Should().Be(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        quarter.LastDay.Should().Be(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestCase(2025, 1, 1, 1)]
    [TestCase(2025, 3, 31, 1)]
    [TestCase(2025, 4, 1, 2)]
    [TestCase(2025, 6, 30, 2)]
    [TestCase(2025, 7, 1, 3)]
    [TestCase(2025, 9, 30, 3)]
    [TestCase(2025, 10, 1, 4)]
    [TestCase(2025, 12, 31, 4)]
    public void Containing_DateAtBoundary_ReturnsItsQuarter(int year, int month, int day, int number)
    {
        Quarter.Containing(new DateOnly(year, month, day)).Should().Be(new Quarter(year, number));
    }

    [Test]
    public void Containing_EveryPlanQuarterBounds_RoundTrips()
    {
        for (var quarter = new Quarter(2024, 1); quarter <= new Quarter(2030, 4); quarter = quarter.Next)
        {
            Quarter.Containing(quarter.FirstDay).Should().Be(quarter);
            Quarter.Containing(quarter.LastDay).Should().Be(quarter);
            Quarter.Containing(quarter.LastDay.AddDays(1)).Should().Be(quarter.Next);
        }
    }

    [Test]
    public void Current_LastSecondOfMarchThenFirstOfApril_MovesToNextQuarter()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 31, 23, 59, 59, TimeSpan.Zero));

        Quarter.Current(time).Should().Be(new Quarter(2025, 1));

        time.Advance(TimeSpan.FromSeconds(1));

        Quarter.Current(time).Should().Be(new Quarter(2025, 2));
    }

    [Test]
    public void Current_NewYearsDay_IsFirstQuarterOfThatYear()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Quarter.Current(time).Should().Be(new Quarter(2027, 1));
    }
}
