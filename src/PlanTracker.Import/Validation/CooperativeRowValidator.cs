using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Validation;

/// <summary>
/// Checks the cooperatives sheet row by row, and its key across the upload: the SIRET when present, else
/// (normalised name, commune) — which also catches one cooperative listed once with and once without its SIRET.
/// </summary>
internal sealed class CooperativeRowValidator(ValidationContext context, ErrorSink sink)
{
    private readonly Dictionary<string, int> _rowsBySiret = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string Commune), (int Row, string? Siret)> _rowsByName = [];

    public CooperativeEntry? Validate(TableRow row)
    {
        var f = new FieldReader(row, context, sink);
        var name = f.ReadText(CooperativeColumns.Name, required: true, JobRowValidator.MaxNameLength);
        var siret = f.ReadSiret(CooperativeColumns.Siret, required: false);
        var form = f.ReadLegalForm(CooperativeColumns.LegalForm);
        var created = f.ReadDate(CooperativeColumns.CreationDate);
        var commune = f.ReadCommune(CooperativeColumns.Commune);
        var axis = f.ReadAxis(CooperativeColumns.Axis);
        var jobs = f.ReadWholeNumber(CooperativeColumns.JobsAtCreation, required: false, max: null);

        CheckDuplicate(f, row.Number, name, siret, commune);
        if (f.HasErrors)
        {
            return null;
        }

        return new CooperativeEntry(name!, siret, form!.Value, created!.Value, commune!, axis!, jobs, row.Sheet, row.Number);
    }

    private void CheckDuplicate(FieldReader f, int rowNumber, string? name, string? siret, Commune? commune)
    {
        if (siret is not null && f.Cell(CooperativeColumns.Siret) is { } siretCell)
        {
            if (_rowsBySiret.TryGetValue(siret, out var first))
            {
                f.Fail(siretCell, ImportErrorCodes.DuplicateCooperative,
                    $"lignes {first} et {rowNumber} en double : la même coopérative (SIRET {siret}) est listée deux fois. Gardez une seule ligne.",
                    $"rows {first} and {rowNumber} are duplicates: the same cooperative (SIRET {siret}) is listed twice. Keep one line.",
                    expected: false);
                return;
            }

            _rowsBySiret[siret] = rowNumber;
        }

        if (name is null || commune is null || f.Cell(CooperativeColumns.Name) is not { } nameCell)
        {
            return;
        }

        var key = (TextKey.Fold(name), commune.Name);
        // Two SIRETs under one name are two cooperatives; a missing SIRET on either side makes them one.
        if (_rowsByName.TryGetValue(key, out var other) && (other.Siret is null || siret is null))
        {
            f.Fail(nameCell, ImportErrorCodes.DuplicateCooperative,
                $"lignes {other.Row} et {rowNumber} en double : la même coopérative (« {name} », {commune.Name}) est listée deux fois. Gardez une seule ligne, avec son SIRET s'il est connu.",
                $"rows {other.Row} and {rowNumber} are duplicates: the same cooperative (“{name}”, {commune.Name}) is listed twice. Keep one line, with its SIRET if known.",
                expected: false);
            return;
        }

        _rowsByName.TryAdd(key, (rowNumber, siret));
    }
}
