using System.Globalization;
using PlanTracker.Core.Periods;

namespace PlanTracker.Import.Reading;

/// <summary>
/// A date stored as ISO 8601 text (an .xlsx <c>t="d"</c> cell, an .ods <c>office:date-value</c>) turned into the serial
/// number Excel would have stored, marked as a date: both formats then reach validation as the same <see cref="CellValue"/>.
/// </summary>
internal static class IsoDateCell
{
    public static CellValue From(string value, bool date1904)
    {
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment))
        {
            return CellValue.FromText(value);
        }

        var date = DateOnly.FromDateTime(moment);
        var serial = date1904
            ? date.DayNumber - new DateOnly(1904, 1, 1).DayNumber
            : date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
        return PlanDates.TryFromExcelSerial(serial, date1904, out _)
            ? new CellValue(CellKind.Number, serial.ToString(CultureInfo.InvariantCulture), serial, IsDate: true)
            : CellValue.FromText(value);
    }
}
