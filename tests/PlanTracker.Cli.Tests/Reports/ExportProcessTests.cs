using PlanTracker.Testing.Workbooks;
using static PlanTracker.Testing.Workbooks.RawWorkbook;

namespace PlanTracker.Cli.Tests.Reports;

/// <summary>
/// Dapper's decimal handler is registered by the stores that read decimals through Dapper, not at start-up (the
/// start-up reads do without Dapper). A process that only exports must still read FTEs that SQLite hands back as a
/// real then an integer in one query: the crash the handler was added for ("Error parsing column … Int64").
/// </summary>
public class ExportProcessTests
{
    [Test]
    public async Task Export_in_a_fresh_process_reads_ftes_stored_as_a_real_then_an_integer()
    {
        using var cli = new CliRun();
        var workbook = Path.Combine(cli.Folder, "etp.xlsx");
        await File.WriteAllBytesAsync(workbook, new RawWorkbook().Sheet("Emplois",
        [
            JobsHeader(),
            JobsLine(2, replace: [('G', Number("G2", "2")), ('H', Inline("H2", "CDI"))]),
            JobsLine(3, replace: [('G', Number("G3", "1.5")), ('H', Inline("H3", "CDD"))]),
        ]).Build());
        var imported = await cli.RunAsync("import", workbook);
        imported.Exit.Should().Be(0, imported.Error);

        var export = cli.RunProcess("export", "--format", "csv", "--out", "lignes.csv");

        export.Exit.Should().Be(0, export.Error);
        var lines = await File.ReadAllLinesAsync(Path.Combine(cli.Folder, "lignes.csv"));
        lines.Should().Contain(l => l.Contains("CDD") && l.Contains("1,5"), "the real FTE is read back as 1,5");
        lines.Should().Contain(l => l.Contains("CDI") && l.Contains(";2;"), "the integer FTE is read back as 2");
    }
}
