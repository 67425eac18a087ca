namespace PlanTracker.Reporting.Exports;

internal enum CellKind
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>
/// A typed cell value, shared by the xlsx and CSV writers so that both exports hold the same columns with the same
/// types: text stays text (SIRET with its leading zeros), numbers stay numbers, dates stay dates.
/// </summary>
/// <param name="Format">Excel number format: "#,##0", "0.0%", "dd/mm/yyyy"… (Excel shows it in the reader's locale).</param>
internal readonly record struct Cell(CellKind Kind, string? Text, decimal Number, DateTime Date, string? Format)
{
    public const string Integer = "#,##0";
    public const string OneDecimal = "#,##0.0";
    public const string Percent = "0.0%";
    public const string DateFormat = "dd/mm/yyyy";
    public const string DateTimeFormat = "dd/mm/yyyy hh:mm";

    public static readonly Cell Empty = new(CellKind.Empty, null, 0, default, null);

    public static Cell Of(string? text) => text is null ? Empty : new(CellKind.Text, text, 0, default, null);

    public static Cell Of(decimal? number, string format = Integer) =>
        number is { } n ? new(CellKind.Number, null, n, default, format) : Empty;

    public static Cell Of(DateOnly? date) =>
        date is { } d ? new(CellKind.Date, null, 0, d.ToDateTime(TimeOnly.MinValue), DateFormat) : Empty;

    /// <summary>Moments are written in UTC, as stored; the header says so.</summary>
    public static Cell Of(DateTimeOffset? moment) =>
        moment is { } m ? new(CellKind.Date, null, 0, m.UtcDateTime, DateTimeFormat) : Empty;
}
