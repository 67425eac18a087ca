namespace PlanTracker.Import.Reading;

/// <summary>A sheet listed in workbook.xml: its tab name and, for a worksheet, the part holding its cells.</summary>
internal sealed record SheetInfo(string Name, string? PartPath, bool IsWorksheet);
