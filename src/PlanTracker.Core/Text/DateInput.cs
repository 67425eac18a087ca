using System.Globalization;

namespace PlanTracker.Core.Text;

/// <summary>
/// A day as people type it: ISO <c>2026-12-01</c> (scripts, the browser's date field) or French <c>01/12/2026</c>.
/// Nothing else: <c>12/01/2026</c> is always the 12th of January, never read the English way.
/// </summary>
public static class DateInput
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
