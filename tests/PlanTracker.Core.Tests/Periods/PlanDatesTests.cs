using PlanTracker.Core.Periods;

namespace PlanTracker.Core.Tests.Periods;

public class PlanDatesTests
{
    // 1900 system: serial 1 = 01/01/1900, and Excel counts a 29/02/1900 that never existed as serial 60.
    [TestCase(1, "1900-01-01")]
    [TestCase(59, "1900-02-28")]
    [TestCase(61, "1900-03-01")]
    [TestCase(45658, "2025-01-01")]
    [TestCase(45747, "2025-03-31")] // 45658 + 89 days (31 + 28 + 31 - 1)
    [TestCase(45748, "2025-04-01")]
    [TestCase(45658.75, "2025-01-01")] // a time of day does not change the date
    [TestCase(2958465, "9999-12-31")]
    public void TryFromExcelSerial_1900System_ReturnsDate(double serial, string expected)
    {
        PlanDates.TryFromExcelSerial(serial, date1904: false, out var date).Should().BeTrue();

        date.Should().Be(Iso(expected));
    }

    [Test]
    public void TryFromExcelSerial_PhantomLeapDay60_DoesNotShiftItsNeighbours()
    {
        // 60 is Excel's 29/02/1900: it has no true date, but 59 and 61 must stay 28/02 and 01/03.
        PlanDates.TryFromExcelSerial(59, false, out var before).Should().BeTrue();
        PlanDates.TryFromExcelSerial(60, false, out var phantom).Should().BeTrue();
        PlanDates.TryFromExcelSerial(61, false, out var after).Should().BeTrue();

        before.Should().Be(new DateOnly(1900, 2, 28));
        after.Should().Be(new DateOnly(1900, 3, 1));
        phantom.Should().BeOnOrAfter(before).And.BeOnOrBefore(after);
    }

    // 1904 system: serial 0 = 01/01/1904, and the same date is 1,462 less than in the 1900 system.
    [TestCase(0, "1904-01-01")]
    [TestCase(1, "1904-01-02")]
    [TestCase(59, "1904-02-29")] // 1904 is a leap year, and this system has no phantom day
    [TestCase(44196, "2025-01-01")] // 45658 - 1462
    [TestCase(2957003, "9999-12-31")] // 2958465 - 1462
    public void TryFromExcelSerial_1904System_ReturnsDate(double serial, string expected)
    {
        PlanDates.TryFromExcelSerial(serial, date1904: true, out var date).Should().BeTrue();

        date.Should().Be(Iso(expected));
    }

    [TestCase(0, false)]
    [TestCase(0.5, false)]
    [TestCase(-1, false)]
    [TestCase(-1, true)]
    [TestCase(2958466, false)]
    [TestCase(2957004, true)] // past 9999-12-31 in the 1904 system: false, not an exception
    [TestCase(double.NaN, false)]
    [TestCase(double.PositiveInfinity, false)]
    [TestCase(double.NegativeInfinity, true)]
    public void TryFromExcelSerial_OutOfRange_ReturnsFalse(double serial, bool date1904)
    {
        PlanDates.TryFromExcelSerial(serial, date1904, out _).Should().BeFalse();
    }

    [TestCase("31/03/2025", "2025-03-31")]
    [TestCase("1/4/2025", "2025-04-01")]
    [TestCase("2025-03-31", "2025-03-31")]
    [TestCase("2025-3-1", "2025-03-01")]
    [TestCase("31-03-2025", "2025-03-31")]
    [TestCase("31.03.2025", "2025-03-31")]
    [TestCase("  31/03/2025 ", "2025-03-31")]
    public void TryParseDate_FrenchOrIsoText_ReturnsDate(string text, string expected)
    {
        PlanDates.TryParseDate(text, out var date).Should().BeTrue();

        date.Should().Be(Iso(expected));
    }

    [TestCase("03/31/2025")] // US order
    [TestCase("31/03/25")]
    [TestCase("2025/03/31")]
    [TestCase("29/02/2025")]
    [TestCase("mars 2025")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParseDate_NotADate_ReturnsFalse(string? text)
    {
        PlanDates.TryParseDate(text, out _).Should().BeFalse();
    }

    private static DateOnly Iso(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
