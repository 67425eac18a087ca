using System.Diagnostics;

namespace PlanTracker.Bench.Measuring;

/// <summary>This process's peak resident set: VmHWM from /proc/self/status on Linux, else the peak working set.</summary>
internal static class PeakMemory
{
    public static double Megabytes()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                // "VmHWM:    123456 kB"
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)
                    && long.TryParse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), out var kilobytes))
                {
                    return kilobytes / 1024.0;
                }
            }
        }

        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
