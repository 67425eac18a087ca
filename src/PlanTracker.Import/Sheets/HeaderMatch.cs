using PlanTracker.Core.Text;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Sheets;

/// <summary>Which column of a candidate header row holds which field, and the header text as the officer wrote it.</summary>
internal sealed class HeaderMatch
{
    private readonly (int Column, string Header)?[] _byOrdinal;
    private int[]? _mappedColumns;

    private HeaderMatch(TableSchema schema, int rowNumber)
    {
        Schema = schema;
        RowNumber = rowNumber;
        _byOrdinal = new (int, string)?[schema.Columns.Count];
    }

    public TableSchema Schema { get; }

    public int RowNumber { get; }

    public int MatchedCount => _byOrdinal.Count(m => m is not null);

    public bool IsComplete => !MissingRequired.Any();

    public IEnumerable<ColumnSpec> MissingRequired => Schema.Required.Where(c => _byOrdinal[c.Ordinal] is null);

    public IEnumerable<int> MappedColumns => MappedColumnArray;

    /// <summary>The mapped columns in field order, computed once: every data row is checked against them.</summary>
    public int[] MappedColumnArray => _mappedColumns ??= _byOrdinal.Where(m => m is not null).Select(m => m!.Value.Column).ToArray();

    public (int Column, string Header)? Find(ColumnSpec spec) => _byOrdinal[spec.Ordinal];

    public static HeaderMatch From(SheetRow row, TableSchema schema)
    {
        var match = new HeaderMatch(schema, row.Number);
        foreach (var cell in row.Cells)
        {
            if (cell.Value.Kind != CellKind.Text)
            {
                continue;
            }

            // The first column with a header wins; a repeated header further right is ignored.
            if (schema.ColumnForHeader(TextKey.Fold(cell.Value.Text)) is { } spec && match._byOrdinal[spec.Ordinal] is null)
            {
                match._byOrdinal[spec.Ordinal] = (cell.Column, CleanHeader(cell.Value.Text));
            }
        }

        return match;
    }

    // "Emplois créés *" reads "Emplois créés" in messages.
    private static string CleanHeader(string text) => text.Trim().TrimEnd('*').Trim();
}
