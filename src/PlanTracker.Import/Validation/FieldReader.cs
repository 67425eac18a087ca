using PlanTracker.Core.Records;
using PlanTracker.Core.Structures;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;
using PlanTracker.Import.Reading;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Validation;

/// <summary>
/// Reads and checks the fields of one data row, reporting every problem to the sink (never stopping at the first).
/// Each method returns null when the value is absent or wrong; <see cref="HasErrors"/> then tells which.
/// </summary>
internal sealed partial class FieldReader(TableRow row, ValidationContext context, ErrorSink sink)
{
    public bool HasErrors { get; private set; }

    public int RowNumber => row.Number;

    public FieldCell? Cell(ColumnSpec column) => row.Field(column);

    public string? ReadText(ColumnSpec column, bool required, int maxLength)
    {
        if (Usable(column, required) is not { } cell)
        {
            return null;
        }

        var text = CellText.AsText(cell.Value, context.Date1904).Trim();
        if (text.Length > maxLength)
        {
            // The reader keeps at most Ooxml.MaxTextLength characters of a cell (Excel itself stops at 32,767).
            var atLeast = text.Length >= Ooxml.MaxTextLength;
            Fail(cell, ImportErrorCodes.TooLong,
                $"texte {(atLeast ? "d'au moins" : "de")} {Display.Number((decimal)text.Length)} caractères, au-delà de {Display.Number((decimal)maxLength)}.",
                $"text of {(atLeast ? "at least " : "")}{Display.Number((decimal)text.Length, lang: "en")} characters, over {Display.Number((decimal)maxLength, lang: "en")}.");
            return null;
        }

        return text;
    }

    public string? ReadSiret(ColumnSpec column, bool required)
    {
        if (Usable(column, required) is not { } cell)
        {
            return null;
        }

        var text = CellText.AsText(cell.Value, context.Date1904);
        var problem = Siret.Check(text, out var normalized);
        if (problem == Siret.Problem.None)
        {
            return normalized;
        }

        // The quote is only built for a message.
        var q = Quote(cell);
        switch (problem)
        {
            case Siret.Problem.Empty when required:
                Fail(cell, ImportErrorCodes.Required, "valeur manquante.", "missing value.");
                return null;
            case Siret.Problem.Empty:
                return null;
            case Siret.Problem.NotFourteenDigits when normalized.All(char.IsAsciiDigit):
                // Typed into a Number-formatted cell, a SIRET starting with 0 loses it.
                var hint = cell.Value.Kind == CellKind.Number && normalized.Length == 13
                    ? (" Le zéro initial a sans doute été perdu : mettez la colonne au format Texte et ressaisissez le numéro.",
                        " The leading zero was probably lost: format the column as Text and type the number again.")
                    : ("", "");
                Fail(cell, ImportErrorCodes.SiretLength,
                    $"{q.Fr} a {normalized.Length} chiffres au lieu de 14.{hint.Item1}",
                    $"{q.En} has {normalized.Length} digits instead of 14.{hint.Item2}");
                return null;
            case Siret.Problem.NotFourteenDigits:
                Fail(cell, ImportErrorCodes.SiretLength,
                    $"{q.Fr} ne contient pas que des chiffres (espaces et points mis à part).",
                    $"{q.En} holds more than digits (spaces and dots aside).");
                return null;
            default:
                Fail(cell, ImportErrorCodes.SiretChecksum,
                    $"{q.Fr} n'est pas un SIRET valide (clé de contrôle fausse : une faute de frappe ?).",
                    $"{q.En} is not a valid SIRET (wrong check digit: a typo?).");
                return null;
        }
    }

    public Commune? ReadCommune(ColumnSpec column)
    {
        if (Usable(column, required: true) is not { } cell)
        {
            return null;
        }

        if (context.Lookups.TryCommune(CellText.AsText(cell.Value, context.Date1904), out var commune))
        {
            return commune;
        }

        var q = Quote(cell);
        Fail(cell, ImportErrorCodes.Commune, $"{q.Fr} n'est pas une commune du territoire.", $"{q.En} is not a commune of the territory.");
        return null;
    }

    public Axis? ReadAxis(ColumnSpec column)
    {
        if (Usable(column, required: true) is not { } cell)
        {
            return null;
        }

        // A number cell must be a whole axis number: "1.5" must not read as "1. …".
        var isWhole = cell.Value.Kind != CellKind.Number || cell.Value.Number == Math.Floor(cell.Value.Number);
        if (isWhole && context.Lookups.TryAxis(CellText.AsText(cell.Value, context.Date1904), out var axis))
        {
            return axis;
        }

        var q = Quote(cell);
        Fail(cell, ImportErrorCodes.Axis, $"{q.Fr} n'est pas un axe du plan.", $"{q.En} is not an axis of the plan.");
        return null;
    }

    /// <summary>Blank (or no such column) means "Non précisé".</summary>
    public ContractType? ReadContractType(ColumnSpec column)
    {
        if (Usable(column, required: false) is not { } cell)
        {
            return ContractType.Unspecified;
        }

        if (context.Lookups.TryContractType(CellText.AsText(cell.Value, context.Date1904), out var type))
        {
            return type;
        }

        var q = Quote(cell);
        Fail(cell, ImportErrorCodes.ContractType, $"{q.Fr} n'est pas un type de contrat connu.", $"{q.En} is not a known contract type.");
        return null;
    }

    public LegalForm? ReadLegalForm(ColumnSpec column)
    {
        if (Usable(column, required: true) is not { } cell)
        {
            return null;
        }

        if (context.Lookups.TryLegalForm(CellText.AsText(cell.Value, context.Date1904), out var form))
        {
            return form;
        }

        var q = Quote(cell);
        Fail(cell, ImportErrorCodes.LegalForm, $"{q.Fr} n'est pas une forme juridique de coopérative connue.", $"{q.En} is not a known cooperative legal form.");
        return null;
    }

    /// <summary>Reports a problem on a cell; the column's expectation is appended unless <paramref name="expected"/> is false.</summary>
    public void Fail(FieldCell cell, string code, string fr, string en, bool expected = true)
    {
        var (expectedFr, expectedEn) = context.Expectations.For(cell.Spec);
        sink.Add(new ImportError(
            code,
            row.Sheet,
            row.Number,
            cell.Letter,
            cell.Header,
            CellText.Display(cell.Value, context.Date1904),
            expected ? $"{fr} Attendu : {expectedFr}." : fr,
            expected ? $"{en} Expected: {expectedEn}." : en));
        HasErrors = true;
    }

    /// <summary>The cell when it holds a usable value; reports error values, formulas without a result and missing values.</summary>
    private FieldCell? Usable(ColumnSpec column, bool required)
    {
        if (row.Field(column) is not { } cell)
        {
            return null;
        }

        switch (cell.Value.Kind)
        {
            case CellKind.Error:
                Fail(cell, ImportErrorCodes.ErrorValue,
                    $"la cellule affiche une erreur de calcul ({cell.Value.Text}) : corrigez la formule ou saisissez la valeur.",
                    $"the cell shows a calculation error ({cell.Value.Text}): fix the formula or type the value.");
                return null;
            case CellKind.FormulaWithoutValue:
                Fail(cell, ImportErrorCodes.NoCachedValue,
                    "formule sans valeur calculée enregistrée : ouvrez le classeur dans Excel ou LibreOffice, laissez-le recalculer et enregistrez-le, ou saisissez la valeur.",
                    "formula with no saved result: open the workbook in Excel or LibreOffice, let it recalculate and save it, or type the value.");
                return null;
            case var _ when cell.Value.IsBlank:
                if (required)
                {
                    Fail(cell, ImportErrorCodes.Required, "valeur manquante.", "missing value.");
                }

                return null;
            default:
                return cell;
        }
    }

    private (string Fr, string En) Quote(FieldCell cell)
    {
        var shown = CellText.Display(cell.Value, context.Date1904);
        return ($"« {shown} »", $"“{shown}”");
    }
}
