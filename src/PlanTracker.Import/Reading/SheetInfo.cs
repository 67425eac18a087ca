using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Reading;

/// <summary>
/// A sheet of the file: its tab name and, for a worksheet, the part holding its cells. <see cref="Kind"/> is set when
/// the format already says which sheet it is (a CSV file holds one), so its name need not say it;
/// <see cref="ColumnsByHeader"/> when cells have no column letter an officer would see, so errors cite the header.
/// </summary>
internal sealed record SheetInfo(string Name, string? PartPath, bool IsWorksheet, SheetKind? Kind = null, bool ColumnsByHeader = false);
