using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Validation;

/// <summary>
/// Checks the cooperatives sheet row by row, and its key across the upload: the SIRET when present, else
/// (normalised name, commune) — which also catches one cooperative listed once with and once without its SIRET.
/// A project (stage projet or en accompagnement) may have no creation date: it is listed in
/// <paramref name="listedQuarter"/>, the workbook's quarter.
/// </summary>
internal sealed class CooperativeRowValidator(ValidationContext context, ErrorSink sink, Quarter listedQuarter)
{
    private readonly Dictionary<string, int> _rowsBySiret = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string Commune), (int Row, string? Siret)> _rowsByName = [];

    public CooperativeEntry? Validate(TableRow row)
    {
        var f = new FieldReader(row, context, sink);
        var name = f.ReadText(CooperativeColumns.Name, required: true, JobRowValidator.MaxNameLength);
        var siret = f.ReadSiret(CooperativeColumns.Siret, required: false);
        var form = f.ReadLegalForm(CooperativeColumns.LegalForm);
        var created = f.ReadDate(CooperativeColumns.CreationDate, required: false);
        var commune = f.ReadCommune(CooperativeColumns.Commune);
        var axis = f.ReadAxis(CooperativeColumns.Axis);
        var jobs = f.ReadWholeNumber(CooperativeColumns.JobsAtCreation, required: false, max: null);
        var origin = f.ReadOrigin(CooperativeColumns.Origin);
        var stage = f.ReadStage(CooperativeColumns.Stage);
        var ceased = f.ReadDate(CooperativeColumns.CessationDate, required: false);

        CheckStageAndDates(f, stage, Given(f, CooperativeColumns.Stage), created, ceased);
        CheckDuplicate(f, row.Number, name, siret, commune);
        if (f.HasErrors)
        {
            return null;
        }

        return new CooperativeEntry(name!, siret, form!.Value, created, commune!, axis!, jobs, row.Sheet, row.Number,
            stage ?? CooperativeStage.Registered, origin, ceased, created is null ? listedQuarter : null);
    }

    // A blank stage is decided by the creation date: registered when dated; with neither, the date is missing as it
    // always was. A stated registered stage needs its date; only projects may go without one.
    private static void CheckStageAndDates(FieldReader f, CooperativeStage? stage, bool stageGiven, DateOnly? created, DateOnly? ceased)
    {
        if (f.Cell(CooperativeColumns.CreationDate) is { } dateCell && dateCell.Value.IsBlank)
        {
            if (!stageGiven)
            {
                f.Fail(dateCell, ImportErrorCodes.Required, "valeur manquante.", "missing value.");
            }
            else if (stage == CooperativeStage.Registered)
            {
                f.Fail(dateCell, ImportErrorCodes.RegisteredWithoutDate,
                    "une coopérative au stade « immatriculée » a une date de création : saisissez-la, ou indiquez dans la colonne « Stade » projet ou en accompagnement.",
                    "a cooperative at the “immatriculée” (registered) stage has a creation date: type it, or give the “Stade” column projet or en accompagnement.");
            }
        }

        if (created is { } from && ceased is { } to && to <= from && f.Cell(CooperativeColumns.CessationDate) is { } ceasedCell)
        {
            f.Fail(ceasedCell, ImportErrorCodes.CessationBeforeCreation,
                $"la cessation, le {Display.Date(to)}, n'est pas postérieure à la création, le {Display.Date(from)}.",
                $"the cessation, {Display.Date(to, "en")}, is not after the creation, {Display.Date(from, "en")}.");
        }
    }

    // An unknown stage is reported already: the date's absence is then not reported a second time.
    private static bool Given(FieldReader f, ColumnSpec column) => f.Cell(column) is { } cell && !cell.Value.IsBlank;

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
