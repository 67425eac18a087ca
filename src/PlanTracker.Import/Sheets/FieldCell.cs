using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Sheets;

/// <summary>The cell of one field on one data row, with what an error about it must cite.</summary>
internal readonly record struct FieldCell(ColumnSpec Spec, int Column, string Header, CellValue Value)
{
    public string Letter => CellReference.ColumnLetter(Column);
}
