namespace PlanTracker.Import.Reading;

/// <summary>A row as stored: its Excel number and its non-empty cells in column order (empty rows are often absent).</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    public CellValue this[int column]
    {
        get
        {
            // Rows hold a handful of cells: a scan beats a dictionary per row. The reader gives arrays: indexing one
            // avoids an enumerator per lookup (a data row is looked up a dozen times).
            if (Cells is SheetCell[] cells)
            {
                for (var i = 0; i < cells.Length; i++)
                {
                    if (cells[i].Column == column)
                    {
                        return cells[i].Value;
                    }
                }

                return CellValue.Blank;
            }

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

    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Cells.Count; i++)
            {
                if (!Cells[i].Value.IsBlank)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
