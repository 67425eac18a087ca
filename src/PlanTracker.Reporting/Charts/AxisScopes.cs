using System.Globalization;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;

namespace PlanTracker.Reporting.Charts;

/// <summary>A snapshot's per-axis scopes carry the axis code as their key ("1", "2"…).</summary>
internal static class AxisScopes
{
    public static Axis AxisOf(PlanSnapshot snapshot, ScopedProgress scope) =>
        snapshot.Plan.Territory.AxisOrNumbered(int.Parse(scope.Key, CultureInfo.InvariantCulture));

    // French puts a space before ":" and ";", English none. A plain space, as Core's sentences and `status` write it.
    public static string Colon(string lang) => lang == "en" ? ":" : " :";

    public static string Semicolon(string lang) => lang == "en" ? ";" : " ;";
}
