using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Tests.Reading;

public class CellReferenceTests
{
    [TestCase("A1", 1, 1)]
    [TestCase("F12", 6, 12)]
    [TestCase("Z9", 26, 9)]
    [TestCase("AA1", 27, 1)]
    [TestCase("AB12", 28, 12)]
    [TestCase("xfd1048576", 16_384, 1_048_576)]
    public void TryParse_reads_column_and_row(string reference, int column, int row)
    {
        CellReference.TryParse(reference, out var c, out var r).Should().BeTrue();
        (c, r).Should().Be((column, row));
    }

    [TestCase("")]
    [TestCase("A")]
    [TestCase("12")]
    [TestCase("A0")]
    [TestCase("1A")]
    [TestCase("A1B")]
    [TestCase("XFE1")]
    [TestCase("A1048577")]
    public void TryParse_rejects_what_is_not_a_cell(string reference) =>
        CellReference.TryParse(reference, out _, out _).Should().BeFalse();

    [TestCase(1, "A")]
    [TestCase(26, "Z")]
    [TestCase(27, "AA")]
    [TestCase(28, "AB")]
    [TestCase(702, "ZZ")]
    [TestCase(703, "AAA")]
    [TestCase(16_384, "XFD")]
    public void ColumnLetter_and_ColumnIndex_are_inverse(int column, string letters)
    {
        CellReference.ColumnLetter(column).Should().Be(letters);
        CellReference.ColumnIndex(letters).Should().Be(column);
    }
}
