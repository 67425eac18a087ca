namespace PlanTracker.Import.Reading;

/// <summary>
/// A cell's value as stored. <see cref="Text"/> holds the string for text cells, the raw invariant <c>&lt;v&gt;</c>
/// text for numbers (so "12345678901234" keeps every digit), the code for errors ("#REF!").
/// <see cref="IsDate"/> marks a number whose cell format is a date format.
/// </summary>
internal readonly record struct CellValue(CellKind Kind, string Text, double Number = 0, bool IsDate = false)
{
    public static CellValue Blank { get; } = new(CellKind.Blank, "");

    public static CellValue FromText(string text) => new(CellKind.Text, text);

    /// <summary>Nothing an officer would call a value: empty, or only spaces.</summary>
    public bool IsBlank => Kind == CellKind.Blank || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));
}
