using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using PlanTracker.Bench.Cli;
using PlanTracker.Bench.Dashboard;
using PlanTracker.Bench.Importing;
using PlanTracker.Bench.Plans;
using PlanTracker.Bench.Reporting;
using PlanTracker.Bench.Results;
using PlanTracker.Bench.Workbooks;

namespace PlanTracker.Bench;

/// <summary>
/// <c>PlanTracker.Bench [--quick] [--out FILE.json] [--work DIR] [--only import,importSmall,importBreakdown,importOds,report,dashboard,dashboardFiltered,cliStatus,plans]
/// [--compare-with OTHER-BENCH.dll]</c>. Hidden: <c>--child-import FILE</c> and <c>--child-closedxml FILE</c>.
/// </summary>
internal static class BenchApp
{
    private static readonly string[] Sections = ["import", "importSmall", "importBreakdown", "importOds", "cliStatus", "report", "dashboard", "dashboardFiltered", "plans"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Value("--child-import") is { } importFile)
        {
            return await ChildImport.RunAsync("import", importFile, options.Int("--lines"), options.Value("--db")!, options.Int("--runs", 1));
        }

        if (options.Value("--child-closedxml") is { } loadFile)
        {
            return await ChildImport.RunAsync("closedxml", loadFile, options.Int("--lines"), "", options.Int("--runs", 1));
        }

        var quick = options.Has("--quick");
        var settings = new BenchSettings
        {
            Quick = quick,
            Runs = quick ? 3 : 5,
            WorkDirectory = Path.GetFullPath(options.Value("--work") ?? Path.Combine(Path.GetTempPath(), "plantracker-bench")),
        };
        Directory.CreateDirectory(settings.WorkDirectory);
        var only = options.Value("--only")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? Sections;
#if DEBUG
        settings.Notes.Add("DEBUG build: run with -c Release for figures worth reading.");
#endif
        if (quick)
        {
            settings.Notes.Add($"--quick: median of {settings.Runs} runs (not 5), shorter dashboard runs (4 s).");
        }

        settings.Log($"work directory {settings.WorkDirectory}");
        var result = new BenchResult
        {
            Quick = quick,
            Runs = settings.Runs,
            Machine = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}",
            MeasuredAtUtc = DateTimeOffset.UtcNow,
        };
        result = result with { Import = await Section(only, "import", settings, () => ImportBench.LargeAsync(settings)) };
        result = result with { ImportSmall = await Section(only, "importSmall", settings, () => ImportBench.SmallAsync(settings)) };
        result = result with { ImportBreakdown = await Section(only, "importBreakdown", settings, () => StoreBreakdown.RunAsync(settings)) };
        result = result with { ImportOds = await Section(only, "importOds", settings, () => OdsImportBench.RunAsync(settings)) };
        if (options.Value("--compare-with") is { } baseline)
        {
            result = result with { Compare = await Section(["compare"], "compare", settings, () => ImportBench.CompareAsync(settings, Path.GetFullPath(baseline))) };
        }

        if (only.Intersect(["cliStatus", "report", "dashboard", "dashboardFiltered"]).Any() && result.Import is null)
        {
            // Report, status and dashboard read the 100,000-line database: make it when the import measure did not.
            await ImportRunner.ImportOnceAsync(BenchWorkbooks.Large(settings.WorkDirectory), settings.LargeDatabase, BenchWorkbooks.LargeLines);
        }

        result = result with { CliStatus = await Section(only, "cliStatus", settings, () => CliStatusBench.RunAsync(settings, settings.LargeDatabase)) };
        result = result with { Report = await Section(only, "report", settings, () => ReportBench.RunAsync(settings, settings.LargeDatabase, BenchWorkbooks.Large(settings.WorkDirectory), BenchWorkbooks.LargeLines)) };
        result = result with { Dashboard = await Section(only, "dashboard", settings, () => DashboardBench.RunAsync(settings, settings.LargeDatabase)) };
        // The same page filtered by an axis: its scoped charts are drawn once, then served from the cache like the territory's.
        result = result with
        {
            DashboardFiltered = await Section(only, "dashboardFiltered", settings,
                () => DashboardBench.RunAsync(settings, settings.LargeDatabase, PlanDashboard.Of(Core.Plans.Plan.Default.Code).WithQuery("?axis=2"))),
        };
        result = result with { Plans = await Section(only, "plans", settings, () => PlansBench.RunAsync(settings)) };
        result = result with { Notes = settings.Notes };

        var output = Path.GetFullPath(options.Value("--out") ?? Path.Combine(settings.WorkDirectory, "results.json"));
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, Json));
        Console.WriteLine();
        Console.WriteLine(ResultTable.Markdown(result));
        foreach (var note in settings.Notes)
        {
            Console.WriteLine($"Note: {note}");
        }

        Console.WriteLine($"JSON: {output}");
        return 0;
    }

    // A measure that cannot run is null in the JSON with the reason in notes; the others still run.
    private static async Task<T?> Section<T>(IEnumerable<string> only, string name, BenchSettings settings, Func<Task<T>> measure)
        where T : class
    {
        if (!only.Contains(name))
        {
            return null;
        }

        try
        {
            return await measure();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            settings.Notes.Add($"{name}: not measured: {e.GetType().Name}: {e.Message}");
            settings.Log($"{name} failed: {e}");
            return null;
        }
    }

    private sealed class Options(Dictionary<string, string?> values)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                var takesValue = args[i] is not ("--quick");
                values[args[i]] = takesValue && i + 1 < args.Length ? args[++i] : null;
            }

            return new Options(values);
        }

        public bool Has(string name) => values.ContainsKey(name);

        public string? Value(string name) => values.GetValueOrDefault(name);

        public int Int(string name, int fallback = 0) =>
            int.TryParse(Value(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
