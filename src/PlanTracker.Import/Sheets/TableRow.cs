using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Sheets;

/// <summary>A data row of a recognised sheet: its fields by column spec.</summary>
internal sealed class TableRow(string sheet, SheetRow row, HeaderMatch header, bool columnsByHeader = false)
{
    public string Sheet { get; } = sheet;

    public int Number => row.Number;

    /// <summary>Null when the sheet has no such column (an optional one left out).</summary>
    public FieldCell? Field(ColumnSpec spec) =>
        header.Find(spec) is { } found ? new FieldCell(spec, found.Column, found.Header, row[found.Column], columnsByHeader) : null;
}
