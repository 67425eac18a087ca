using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Tests.Reading;

public class DateFormatsTests
{
    [TestCase("dd/mm/yyyy", true)]
    [TestCase("d-mmm-yy", true)]
    [TestCase("[$-40C]d mmmm yyyy;@", true)]
    [TestCase("hh:mm", true)]
    [TestCase("[h]:mm:ss", true)]
    [TestCase("yyyy\"-T\"q", true)]
    [TestCase("General", false)]
    [TestCase("0.00", false)]
    [TestCase("#,##0 \"emplois\"", false)]
    [TestCase("[Red]0;[Blue]-0", false)]
    [TestCase("0\\d", false)]
    [TestCase("_-* #,##0_-", false)]
    [TestCase("0.00E+00", false)]
    [TestCase("", false)]
    public void Custom_formats_show_a_date_when_d_m_y_or_h_appear_outside_literals(string code, bool isDate) =>
        DateFormats.IsDateFormat(code).Should().Be(isDate);

    [TestCase(14, true)]
    [TestCase(22, true)]
    [TestCase(45, true)]
    [TestCase(47, true)]
    [TestCase(0, false)]
    [TestCase(13, false)]
    [TestCase(23, false)]
    [TestCase(44, false)]
    [TestCase(49, false)]
    public void Built_in_date_formats_are_14_to_22_and_45_to_47(int id, bool isDate) =>
        DateFormats.IsBuiltInDate(id).Should().Be(isDate);
}
