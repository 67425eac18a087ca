using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using PlanTracker.Core.Plans;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Import.Tests;

public class WorkbookParserTests
{
    [Test]
    public void The_sha256_of_the_bytes_is_returned_even_for_a_rejected_file()
    {
        byte[] bytes = [1, 2, 3];
        TestParser.Parse(bytes).Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes))).And.HaveLength(64);
        var workbook = JobRows.Workbook(JobRows.Line());
        TestParser.Parse(workbook).Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(workbook)));
    }

    [Test]
    public void The_same_workbook_parses_the_same_under_any_culture()
    {
        var bytes = JobRows.Workbook(JobRows.Line(fte: "1,5", jobs: "2"), JobRows.Line(contract: "CDD", fte: 0.25));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("en-US");
            var english = TestParser.Parse(bytes);
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            var french = TestParser.Parse(bytes);
            english.Jobs.Should().Equal(french.Jobs);
            english.Jobs.Select(j => j.Fte).Should().Equal(1.5m, 0.25m);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void The_current_quarter_comes_from_the_injected_clock()
    {
        var bytes = JobRows.Workbook(JobRows.Line(quarter: "2027-T1"));
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero));
        WorkbookParser.Parse(bytes, "a.xlsx", Plan.Default, later, ImportLimits.Default).Errors.Should().BeEmpty();
        TestParser.Parse(bytes).Errors.Single().Code.Should().Be(ImportErrorCodes.QuarterInFuture);
    }

    [Test]
    public void A_100000_line_jobs_sheet_parses_within_the_limits()
    {
        var lines = Enumerable.Range(0, 100_000).Select(i => LargeLine(i + 2, i));
        var bytes = new RawWorkbook().Sheet("Emplois", [JobsHeader(), .. lines]).Build();
        var watch = Stopwatch.StartNew();
        var parsed = TestParser.Parse(bytes);
        watch.Stop();
        TestContext.Out.WriteLine($"100,000 lines, {bytes.Length / 1024:N0} KiB: parsed in {watch.ElapsedMilliseconds} ms");

        parsed.Errors.Should().BeEmpty();
        parsed.Jobs.Should().HaveCount(100_000);
        parsed.Jobs[^1].SourceRow.Should().Be(100_001);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "streaming must stay far from ClosedXML's load-everything cost");

        var tooMany = new RawWorkbook().Sheet("Emplois", [JobsHeader(), .. Enumerable.Range(0, 100_001).Select(i => LargeLine(i + 2, i))]).Build();
        TestParser.Parse(tooMany).Errors.Single().Code.Should().Be(ImportErrorCodes.TooManyLines);
    }

    // Unique key per line: one SIRET per line, quarters cycling through the plan up to now.
    private static string LargeLine(int row, int i) =>
        Row(row, Inline($"A{row}", $"{2024 + i % 3}-T{i % 4 + 1}"), Inline($"B{row}", Sirets.Numbered(i)), Inline($"C{row}", "Structure " + i),
            Inline($"D{row}", "Sevran"), Number($"E{row}", "2"), Number($"F{row}", (i % 7).ToString(CultureInfo.InvariantCulture)),
            Inline($"H{row}", "CDI"));
}
