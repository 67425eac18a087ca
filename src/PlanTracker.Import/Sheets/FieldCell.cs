using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Sheets;

/// <summary>
/// The cell of one field on one data row, with what an error about it must cite. <see cref="ByHeader"/>: the file shows
/// no column letters (a CSV file), so errors cite the row and the header only.
/// </summary>
internal readonly record struct FieldCell(ColumnSpec Spec, int Column, string Header, CellValue Value, bool ByHeader = false)
{
    public string? Letter => ByHeader ? null : CellReference.ColumnLetter(Column);
}
