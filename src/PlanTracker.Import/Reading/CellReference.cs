namespace PlanTracker.Import.Reading;

/// <summary>A1-style references: "AB12" is column 28, row 12.</summary>
internal static class CellReference
{
    public const int MaxColumn = 16_384;
    public const int MaxRow = 1_048_576;

    public static bool TryParse(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }

            i++;
        }

        if (i == 0 || i == reference.Length)
        {
            return false;
        }

        for (; i < reference.Length; i++)
        {
            if (!char.IsAsciiDigit(reference[i]))
            {
                return false;
            }

            row = row * 10 + (reference[i] - '0');
            if (row > MaxRow)
            {
                return false;
            }
        }

        return row >= 1;
    }

    /// <summary>1 → "A", 26 → "Z", 27 → "AA".</summary>
    public static string ColumnLetter(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = "";
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }

    /// <summary>"AB" → 28; 0 when the text holds anything but letters.</summary>
    public static int ColumnIndex(string letters)
    {
        var column = 0;
        foreach (var c in letters)
        {
            if (!char.IsAsciiLetter(c))
            {
                return 0;
            }

            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column;
    }
}
