using System.Globalization;

namespace PlanTracker.Core.Periods;

/// <summary>Dates as people type them in French workbooks, parsed with explicit formats, never the current culture.</summary>
public static class PlanDates
{
    private static readonly string[] Formats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "yyyy-M-d", "dd-MM-yyyy", "dd.MM.yyyy",
    ];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The date of an Excel serial number (1900 or 1904 date system); false outside 1900–9999.</summary>
    public static bool TryFromExcelSerial(double serial, bool date1904, out DateOnly date)
    {
        date = default;
        // 1904 system: serial 0 is 01/01/1904 and 9999-12-31 is 1,462 days lower than in the 1900 system.
        var (min, max) = date1904 ? (0, 2_957_003) : (1, 2_958_465);
        if (double.IsNaN(serial) || serial < min || serial > max)
        {
            return false;
        }

        var days = (int)Math.Floor(serial);
        DateOnly origin;
        if (date1904)
        {
            origin = new DateOnly(1904, 1, 1);
        }
        else
        {
            // Excel's 1900 system counts a 29/02/1900 that never existed (serial 60): serials after it are one day ahead.
            origin = days > 60 ? new DateOnly(1899, 12, 30) : new DateOnly(1899, 12, 31);
        }

        date = origin.AddDays(days);
        return true;
    }
}
