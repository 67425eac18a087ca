namespace PlanTracker.Import.Reading;

/// <summary>A row as stored: its Excel number and its non-empty cells in column order (empty rows are often absent).</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    public CellValue this[int column]
    {
        get
        {
            // Rows hold a handful of cells: a scan beats a dictionary per row.
            foreach (var cell in Cells)
            {
                if (cell.Column == column)
                {
                    return cell.Value;
                }
            }

            return CellValue.Blank;
        }
    }

    public bool IsBlank => Cells.All(c => c.Value.IsBlank);
}
