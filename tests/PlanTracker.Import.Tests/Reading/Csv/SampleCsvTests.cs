using System.Text;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing;

namespace PlanTracker.Import.Tests.Reading.Csv;

/// <summary>
/// sample-data/ holds the two sheets of one sample workbook as CSV files, as a partner's system exports them: the jobs
/// in Windows-1252 with <c>;</c>, the cooperatives in UTF-8 with a byte order mark and <c>;</c>. Set
/// PLANTRACKER_WRITE_SAMPLE_CSV=1 to write them again from the workbook.
/// </summary>
public class SampleCsvTests
{
    private const string Quarter = "2025-T4";

    private static string Workbook => Path.Combine(RepositoryPaths.SampleData, $"{Quarter}-emplois-cooperatives.xlsx");

    private static string JobsCsv => Path.Combine(RepositoryPaths.SampleData, $"{Quarter}-emplois.csv");

    private static string CooperativesCsv => Path.Combine(RepositoryPaths.SampleData, $"{Quarter}-cooperatives.csv");

    [OneTimeSetUp]
    public void WriteWhenAsked()
    {
        if (Environment.GetEnvironmentVariable("PLANTRACKER_WRITE_SAMPLE_CSV") == "1")
        {
            File.WriteAllBytes(JobsCsv, ExpectedJobs());
            File.WriteAllBytes(CooperativesCsv, ExpectedCooperatives());
        }
    }

    [Test]
    public void The_sample_csv_pair_is_the_sample_workbooks_two_sheets()
    {
        File.ReadAllBytes(JobsCsv).Should().Equal(ExpectedJobs(), "PLANTRACKER_WRITE_SAMPLE_CSV=1 writes it again");
        File.ReadAllBytes(CooperativesCsv).Should().Equal(ExpectedCooperatives(), "PLANTRACKER_WRITE_SAMPLE_CSV=1 writes it again");
    }

    [Test]
    public void The_sample_workbook_and_its_two_csv_files_give_the_same_records()
    {
        var workbook = TestParser.Parse(File.ReadAllBytes(Workbook), fileName: Path.GetFileName(Workbook));
        var jobs = TestParser.Parse(File.ReadAllBytes(JobsCsv), fileName: Path.GetFileName(JobsCsv));
        var cooperatives = TestParser.Parse(File.ReadAllBytes(CooperativesCsv), fileName: Path.GetFileName(CooperativesCsv));

        workbook.Errors.Should().BeEmpty();
        jobs.Errors.Should().BeEmpty(CsvReadingTests.Describe(jobs));
        cooperatives.Errors.Should().BeEmpty(CsvReadingTests.Describe(cooperatives));
        jobs.Cooperatives.Should().BeEmpty();
        cooperatives.Jobs.Should().BeEmpty();
        jobs.Jobs.Select(j => j with { SourceSheet = "" }).Should().Equal(workbook.Jobs.Select(j => j with { SourceSheet = "" }));
        cooperatives.Cooperatives.Select(c => c with { SourceSheet = "" }).Should().Equal(workbook.Cooperatives.Select(c => c with { SourceSheet = "" }));
        jobs.Jobs.Sum(j => j.Jobs).Should().Be(55, "sample-data/README.md documents 55 jobs in 2025-T4");
        jobs.Jobs.Should().Contain(j => j.Fte != null && j.Fte != decimal.Truncate(j.Fte.Value), "decimal commas are read");
    }

    private static byte[] ExpectedJobs()
    {
        var text = SheetCsv.Export(File.ReadAllBytes(Workbook), "Emplois", ';');
        var strict = (Encoding)CsvText.Windows1252.Clone();
        strict.EncoderFallback = EncoderFallback.ExceptionFallback;
        return strict.GetBytes(text);
    }

    private static byte[] ExpectedCooperatives() =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(SheetCsv.Export(File.ReadAllBytes(Workbook), "Coopératives", ';'))];
}
