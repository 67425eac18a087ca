namespace PlanTracker.Import.Reading;

/// <summary>One non-empty cell of a row; <see cref="Column"/> is 1-based (A = 1).</summary>
internal readonly record struct SheetCell(int Column, CellValue Value);
