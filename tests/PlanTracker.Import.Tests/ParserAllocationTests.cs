using System.Globalization;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests;

/// <summary>
/// The parse streams: what it allocates grows with the lines read, by a small amount each. Garbage is most of a large
/// import's time (bench/PlanTracker.Bench), so a change that allocates per cell again shows here first.
/// </summary>
public class ParserAllocationTests
{
    [Test]
    public void A_20000_line_parse_allocates_under_3_5_KB_per_line()
    {
        const int lines = 20_000;
        var bytes = new RawWorkbook().Sheet("Emplois", [JobsHeader(), .. Enumerable.Range(0, lines).Select(i => Line(i + 2, i))]).Build();
        // JIT, static tables and first-use caches are not the parse's cost.
        TestParser.Parse(new RawWorkbook().Sheet("Emplois", JobsHeader(), Line(2, 0)).Build());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = TestParser.Parse(bytes);
        var perLine = (GC.GetAllocatedBytesForCurrentThread() - before) / lines;
        TestContext.Out.WriteLine($"{lines:N0} lines: {perLine:N0} bytes allocated per line");

        parsed.Errors.Should().BeEmpty();
        parsed.Jobs.Should().HaveCount(lines);
        // About 2.4 KB here; a buffer allocated per cell would make it tens of KB.
        perLine.Should().BeLessThan(3_584);
    }

    private static string Line(int row, int i) =>
        Row(row, Inline($"A{row}", $"{2024 + i % 3}-T{i % 4 + 1}"), Inline($"B{row}", Sirets.Numbered(i)), Inline($"C{row}", "Structure " + i),
            Inline($"D{row}", "Sevran"), Number($"E{row}", "2"), Number($"F{row}", (i % 7 + 1).ToString(CultureInfo.InvariantCulture)),
            Inline($"G{row}", "0,5"), Inline($"H{row}", "CDI"));
}
