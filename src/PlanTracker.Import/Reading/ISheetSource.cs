namespace PlanTracker.Import.Reading;

/// <summary>
/// A file read as sheets of rows, whatever its format: an .xlsx package, or a CSV file holding one sheet. The parser
/// finds its sheets and reads their rows through this, and nothing else.
/// </summary>
internal interface ISheetSource : IDisposable
{
    IReadOnlyList<SheetInfo> Sheets { get; }

    /// <summary>Excel's 1904 date system; false for formats that store dates as text.</summary>
    bool Date1904 { get; }

    /// <summary>The part being read last (an .xlsx part), naming the culprit of malformed XML; null otherwise.</summary>
    string? CurrentPart { get; }

    IEnumerable<SheetRow> ReadRows(SheetInfo sheet);
}
