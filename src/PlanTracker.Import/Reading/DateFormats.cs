namespace PlanTracker.Import.Reading;

/// <summary>Tells whether a number format shows a date: that is the only thing telling a date cell from a number.</summary>
internal static class DateFormats
{
    /// <summary>Built-in formats 14–22 (dates, times) and 45–47 (mm:ss, [h]:mm:ss, mm:ss.0).</summary>
    public static bool IsBuiltInDate(int id) => id is >= 14 and <= 22 or >= 45 and <= 47;

    /// <summary>
    /// A custom format is a date format when d, m, y or h appear outside quoted literals ("Trimestre"), bracketed
    /// sections ([Red], [$-40C]), escaped characters (\d) and padding/fill markers (_x, *x).
    /// </summary>
    public static bool IsDateFormat(string? formatCode)
    {
        if (string.IsNullOrEmpty(formatCode))
        {
            return false;
        }

        for (var i = 0; i < formatCode.Length; i++)
        {
            var c = formatCode[i];
            switch (c)
            {
                case '"':
                    var close = formatCode.IndexOf('"', i + 1);
                    i = close < 0 ? formatCode.Length : close;
                    break;
                case '[':
                    var end = formatCode.IndexOf(']', i + 1);
                    i = end < 0 ? formatCode.Length : end;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                default:
                    if (char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'h')
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
