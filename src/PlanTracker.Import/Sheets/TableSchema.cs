using PlanTracker.Core.Text;

namespace PlanTracker.Import.Sheets;

/// <summary>A sheet the importer reads: the names it is found by and its columns.</summary>
internal sealed class TableSchema(SheetKind kind, string nameFr, string nameEn, string[] sheetAliases, ColumnSpec[] columns)
{
    private readonly HashSet<string> _sheetKeys = sheetAliases.Select(TextKey.Fold).ToHashSet(StringComparer.Ordinal);

    public SheetKind Kind { get; } = kind;

    public IReadOnlyList<string> SheetAliases { get; } = sheetAliases;

    public IReadOnlyList<ColumnSpec> Columns { get; } = columns;

    public string Name(string lang) => lang == "en" ? nameEn : nameFr;

    public bool MatchesSheetName(string sheetName) => _sheetKeys.Contains(TextKey.Fold(sheetName));

    public ColumnSpec? ColumnForHeader(string headerKey) => Columns.FirstOrDefault(c => c.Keys.Contains(headerKey));

    public IEnumerable<ColumnSpec> Required => Columns.Where(c => c.Required);
}
