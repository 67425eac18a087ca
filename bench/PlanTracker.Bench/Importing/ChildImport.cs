using System.Globalization;
using System.Text.Json;
using PlanTracker.Bench.Measuring;

namespace PlanTracker.Bench.Importing;

/// <summary>
/// The hidden child modes: this bench started again to import (or load with ClosedXML) one workbook in a process of
/// its own, so that the peak resident set measured is that of the import alone. Prints one JSON line.
/// </summary>
internal static class ChildImport
{
    public sealed record Report(double MedianMs, double ParseMedianMs, double PeakRssMb, int Runs);

    /// <summary><c>--child-import FILE --lines N --db PATH [--runs N]</c> or <c>--child-closedxml FILE --lines N</c>.</summary>
    public static async Task<int> RunAsync(string mode, string workbook, int lines, string database, int runs)
    {
        var times = new List<double>();
        var parses = new List<double>();
        // With several runs, the first is a warm-up (JIT, caches) and is not counted.
        var total = runs > 1 ? runs + 1 : 1;
        for (var i = 0; i < total; i++)
        {
            var ms = mode == "closedxml"
                ? await ClosedXmlLoad.LoadOnceAsync(workbook, lines)
                : await ImportRunner.ImportOnceAsync(workbook, database, lines);
            var parse = mode == "closedxml" || runs == 1 ? 0 : await ImportRunner.ParseOnceAsync(workbook, lines);
            if (total == 1 || i > 0)
            {
                times.Add(ms);
                parses.Add(parse);
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(new Report(Timing.Median(times), Timing.Median(parses), PeakMemory.Megabytes(), times.Count)));
        return 0;
    }

    public static async Task<Report> StartAsync(string bench, string mode, string workbook, int lines, string database, int runs)
    {
        var outcome = await ChildProcess.RunAsync(
            bench,
            ["--child-" + mode, workbook, "--lines", lines.ToString(CultureInfo.InvariantCulture), "--db", database, "--runs", runs.ToString(CultureInfo.InvariantCulture)],
            TimeSpan.FromMinutes(10));
        var last = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        if (outcome.ExitCode != 0 || last is null)
        {
            throw new InvalidOperationException($"child {mode} of {bench} failed ({outcome.ExitCode}): {outcome.Error}{outcome.Output}");
        }

        return JsonSerializer.Deserialize<Report>(last)!;
    }
}
