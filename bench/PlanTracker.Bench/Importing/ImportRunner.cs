using PlanTracker.Core.Plans;
using PlanTracker.Data;
using PlanTracker.Import;
using PlanTracker.Import.Importing;
using PlanTracker.Bench.Measuring;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// One whole import as the CLI does it: read the file, pre-flight, read, validate, store in one transaction
/// (<see cref="WorkbookImporter"/>). Throws when the workbook is not stored in full: a fast wrong answer is no result.
/// </summary>
internal static class ImportRunner
{
    public static Task<double> ImportOnceAsync(string workbook, string databasePath, int expectedLines) =>
        ImportOnceAsync(workbook, () => BenchDatabase.FreshAsync(databasePath), 1, expectedLines);

    /// <summary>The import into plan <paramref name="planId"/> of the database <paramref name="prepare"/> makes, untimed.</summary>
    public static async Task<double> ImportOnceAsync(string workbook, Func<Task<(PlanTrackerDatabase, Plan)>> prepare, int planId, int expectedLines)
    {
        PlanTrackerDatabase? database = null;
        Plan? plan = null;
        WorkbookImportResult? result = null;
        var ms = await Timing.OnceAsync(
            async () =>
            {
                var bytes = await File.ReadAllBytesAsync(workbook);
                var importer = new WorkbookImporter(database!, planId, FixedClock.Instance, ImportLimits.Default);
                result = await importer.ImportAsync(Path.GetFileName(workbook), bytes, "bench", dryRun: false, plan!);
            },
            async () => (database, plan) = await prepare());
        Check(result!, expectedLines);
        return ms;
    }

    public static ParsedWorkbook Parse(string workbook) =>
        WorkbookParser.Parse(File.ReadAllBytes(workbook), Path.GetFileName(workbook), Plan.Default, FixedClock.Instance, ImportLimits.Default);

    /// <summary>Pre-flight, read and validate only: the part of the import that lives in PlanTracker.Import.</summary>
    public static async Task<double> ParseOnceAsync(string workbook, int expectedLines)
    {
        ParsedWorkbook? parsed = null;
        var ms = await Timing.OnceAsync(() =>
        {
            parsed = Parse(workbook);
            return Task.CompletedTask;
        });
        if (!parsed!.IsValid || parsed.Jobs.Count + parsed.Cooperatives.Count != expectedLines)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(workbook)}: {parsed.Jobs.Count + parsed.Cooperatives.Count} lines read, {parsed.Errors.Count} errors: {parsed.Errors.FirstOrDefault()}");
        }

        return ms;
    }

    private static void Check(WorkbookImportResult result, int expectedLines)
    {
        if (result.Rejected)
        {
            throw new InvalidOperationException($"{result.FileName} rejected: {result.Errors.Count} errors, first: {result.Errors[0]}");
        }

        var outcome = result.Outcome!;
        if (outcome.JobsAdded + outcome.CoopsAdded != expectedLines)
        {
            throw new InvalidOperationException($"{result.FileName}: {outcome.JobsAdded} job lines and {outcome.CoopsAdded} cooperatives stored, {expectedLines} expected");
        }
    }
}
