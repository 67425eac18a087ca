using PlanTracker.Cli.Imports;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Import;
using PlanTracker.Import.Importing;

namespace PlanTracker.Cli.Demo;

/// <summary>
/// The demo's other plans: every plan file of <c>SAMPLES/plans/*.json</c> added to the database, then each plan's
/// workbooks (<c>SAMPLES/plans/CODE/*.xlsx</c>, in alphabetical order) imported into that plan only.
/// </summary>
public static class DemoPlans
{
    /// <summary>Adds every plan file; a refused one stops the demo with its reasons (the sample data is broken).</summary>
    public static async Task<IReadOnlyList<PlanRef>> AddAsync(PlanTrackerDatabase database, string samples, string lang, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(samples, "plans");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        var added = new List<PlanRef>();
        foreach (var file in files)
        {
            var outcome = await new PlanStore(database).AddAsync(await File.ReadAllTextAsync(file, cancellationToken), cancellationToken);
            added.Add(outcome.Plan ?? throw new UserException(
                (lang == "en" ? $"{Path.GetFileName(file)}: plan refused: " : $"{Path.GetFileName(file)} : plan refusé : ") + string.Join(" ", outcome.Errors)));
        }

        return added;
    }

    /// <summary>Imports each plan's sample workbooks into it; the number of workbooks refused.</summary>
    public static async Task<int> ImportAsync(
        PlanTrackerDatabase database, IReadOnlyList<PlanRef> plans, string samples, CliContext context, string lang, CancellationToken cancellationToken)
    {
        var rejected = 0;
        foreach (var planRef in plans)
        {
            var folder = Path.Combine(samples, "plans", planRef.Code);
            var workbooks = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xlsx").Order(StringComparer.Ordinal).ToList() : [];
            await context.Out.WriteLineAsync();
            await context.Out.WriteLineAsync(lang == "en"
                ? $"Plan {planRef.Code} ({planRef.Territory}): {workbooks.Count} sample workbook(s)"
                : $"Plan {planRef.Code} ({planRef.Territory}) : {workbooks.Count} classeur(s) d'exemple");
            var report = new ImportReport(context, lang);
            rejected += await ImportEachAsync(database, planRef, workbooks, context.Time, report, cancellationToken);
            await report.WriteSummaryAsync(workbooks.Count, 0);
        }

        return rejected;
    }

    /// <summary>Imports the workbooks into one plan, in the order given; the number refused.</summary>
    public static async Task<int> ImportEachAsync(
        PlanTrackerDatabase database, PlanRef planRef, IReadOnlyList<string> workbooks, TimeProvider time, ImportReport report, CancellationToken cancellationToken)
    {
        var plan = await new PlanStore(database).LoadAsync(planRef.Id, cancellationToken);
        var importer = new WorkbookImporter(database, planRef.Id, time, ImportLimits.Default);
        var rejected = 0;
        foreach (var path in workbooks)
        {
            var result = await importer.ImportAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken), "demo", false, plan, cancellationToken);
            await report.WriteAsync(result);
            rejected += result.Rejected ? 1 : 0;
        }

        return rejected;
    }
}
