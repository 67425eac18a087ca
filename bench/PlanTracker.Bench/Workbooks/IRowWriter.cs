namespace PlanTracker.Bench.Workbooks;

/// <summary>Writes a sheet's rows in order, whatever the format: .xlsx (<see cref="RowWriter"/>) or .ods (<see cref="OdsRowWriter"/>).</summary>
internal interface IRowWriter
{
    IRowWriter Row(int number);

    void End();

    /// <summary>A text cell; null or "" leaves the cell out, as spreadsheets do.</summary>
    IRowWriter Text(int column, string? value, int style = 0);

    IRowWriter Number(int column, decimal value);

    IRowWriter Date(int column, DateOnly date);

    /// <summary>A formula with its cached result, as a spreadsheet saves it (written in Excel's syntax).</summary>
    IRowWriter Formula(int column, string formula, decimal cached);
}
