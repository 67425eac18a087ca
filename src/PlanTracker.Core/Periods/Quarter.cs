using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanTracker.Core.Periods;

/// <summary>A calendar quarter, the plan's reporting unit. Canonical form: <c>2025-T1</c>.</summary>
public readonly partial record struct Quarter : IComparable<Quarter>
{
    public Quarter(int year, int number)
    {
        if (year is < 1900 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1900 and 9999.");
        }

        if (number is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Quarter number must be 1 to 4.");
        }

        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    /// <summary>Quarters since year 0: makes arithmetic and ordering plain integer maths.</summary>
    public int Index => Year * 4 + Number - 1;

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public static Quarter FromIndex(int index) => new(index / 4, index % 4 + 1);

    public static Quarter Containing(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public static Quarter Current(TimeProvider time) =>
        Containing(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    public Quarter AddQuarters(int count) => FromIndex(Index + count);

    public Quarter Next => AddQuarters(1);

    public Quarter Previous => AddQuarters(-1);

    /// <summary>Number of quarters from <paramref name="other"/> to this one (positive when this is later).</summary>
    public int QuartersSince(Quarter other) => Index - other.Index;

    public static bool operator <(Quarter a, Quarter b) => a.Index < b.Index;

    public static bool operator >(Quarter a, Quarter b) => a.Index > b.Index;

    public static bool operator <=(Quarter a, Quarter b) => a.Index <= b.Index;

    public static bool operator >=(Quarter a, Quarter b) => a.Index >= b.Index;

    public int CompareTo(Quarter other) => Index.CompareTo(other.Index);

    public static Quarter Max(Quarter a, Quarter b) => a >= b ? a : b;

    public static Quarter Min(Quarter a, Quarter b) => a <= b ? a : b;

    /// <summary>Canonical, sortable, culture-free: <c>2025-T1</c>.</summary>
    public override string ToString() => $"{Year:0000}-T{Number}";

    /// <summary>For sentences: "T2 2031" in French, "Q2 2031" in English.</summary>
    public string ToDisplay(string lang) => lang == "en" ? $"Q{Number} {Year}" : $"T{Number} {Year}";

    public static Quarter Parse(string text) =>
        TryParse(text, out var quarter)
            ? quarter
            : throw new FormatException($"« {text} » n'est pas un trimestre (attendu : 2025-T1, T1 2025, 2025-Q1, Q1 2025 ou une date).");

    /// <summary>
    /// Accepts <c>2025-T1</c>, <c>T1 2025</c>, <c>2025-Q1</c>, <c>Q1 2025</c>, <c>2025 T1</c> (any case, any of
    /// space, hyphen, slash or nothing between) and a date (<c>31/03/2025</c>, <c>2025-03-31</c>), which means the
    /// quarter containing it.
    /// </summary>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().Replace('\u00A0', ' ');
        var match = YearFirst().Match(trimmed);
        if (!match.Success)
        {
            match = QuarterFirst().Match(trimmed);
        }

        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var number = int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 9999 && number is >= 1 and <= 4)
            {
                quarter = new Quarter(year, number);
                return true;
            }

            return false;
        }

        if (PlanDates.TryParseDate(trimmed, out var date) && date.Year is >= 1900 and <= 9999)
        {
            quarter = Containing(date);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/ ]?\s*[TtQq](?<q>\d)$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^[TtQq](?<q>\d)\s*[-/ ]?\s*(?<y>\d{4})$")]
    private static partial Regex QuarterFirst();
}
