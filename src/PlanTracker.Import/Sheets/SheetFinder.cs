using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Sheets;

/// <summary>
/// Finds the worksheet a schema reads by its name (aliases; case, accents and spaces ignored), or by the kind its format
/// already gave it.
/// </summary>
internal static class SheetFinder
{
    public static SheetInfo? Find(IReadOnlyList<SheetInfo> sheets, TableSchema schema, ErrorSink sink)
    {
        var matches = sheets.Where(s => s.IsWorksheet && (s.Kind is { } kind ? kind == schema.Kind : schema.MatchesSheetName(s.Name))).ToList();
        if (matches.Count > 1)
        {
            // Reading one and ignoring the other would silently drop figures.
            sink.Add(SheetMessages.DuplicateSheet(schema, matches[0].Name, matches[1].Name));
        }

        return matches.FirstOrDefault();
    }
}
