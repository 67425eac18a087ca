using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Validation;

/// <summary>The "Attendu : …" half of every cell message, per column.</summary>
internal static class Expectations
{
    private static readonly string AxesFr = string.Join(", ", Axis.All.Select(a => $"{a.Code} ({a.LabelFr})"));
    private static readonly string AxesEn = string.Join(", ", Axis.All.Select(a => $"{a.Code} ({a.LabelEn})"));

    private static readonly Dictionary<ColumnSpec, (string Fr, string En)> ByColumn = new()
    {
        [JobColumns.Quarter] = ("un trimestre du plan, par exemple 2025-T1, T1 2025 ou une date du trimestre", "a plan quarter, e.g. 2025-T1, T1 2025 or a date within the quarter"),
        [JobColumns.Siret] = ("le SIRET de l'établissement, 14 chiffres", "the establishment's SIRET, 14 digits"),
        [JobColumns.Structure] = ("le nom de la structure, 200 caractères au plus", "the structure's name, at most 200 characters"),
        [JobColumns.Commune] = ($"une des huit communes : {Commune.NamesList}", $"one of the eight communes: {Commune.NamesList}"),
        [JobColumns.Axis] = ($"1, 2 ou 3 (ou « Axe 1 », ou le début du libellé) : {AxesFr}", $"1, 2 or 3 (or “Axis 1”, or the start of the label): {AxesEn}"),
        [JobColumns.Jobs] = ("un nombre entier d'emplois ≥ 0", "a whole number of jobs ≥ 0"),
        [JobColumns.Fte] = ("un nombre ≥ 0 avec au plus 2 décimales, par exemple 0,5", "a number ≥ 0 with at most 2 decimals, e.g. 0.5"),
        [JobColumns.ContractType] = ($"{ContractTypes.ChoicesList}, ou vide (non précisé)", $"{string.Join(", ", ContractTypes.Choices.Select(c => c.Label("en")))}, or blank (unspecified)"),
        [JobColumns.Comment] = ("un texte de 1 000 caractères au plus", "a text of at most 1,000 characters"),
        [CooperativeColumns.Name] = ("le nom de la coopérative, 200 caractères au plus", "the cooperative's name, at most 200 characters"),
        [CooperativeColumns.Siret] = ("le SIRET de la coopérative, 14 chiffres, ou vide si l'immatriculation est en cours", "the cooperative's SIRET, 14 digits, or blank while registration is pending"),
        [CooperativeColumns.LegalForm] = (LegalForms.ChoicesList, string.Join(", ", LegalForms.All.Select(f => f.Label("en")))),
        [CooperativeColumns.CreationDate] = ("une date, par exemple 31/03/2025 ou 2025-03-31", "a date, e.g. 31/03/2025 or 2025-03-31"),
        [CooperativeColumns.Commune] = ($"une des huit communes : {Commune.NamesList}", $"one of the eight communes: {Commune.NamesList}"),
        [CooperativeColumns.Axis] = ($"1, 2 ou 3 (ou « Axe 1 », ou le début du libellé) : {AxesFr}", $"1, 2 or 3 (or “Axis 1”, or the start of the label): {AxesEn}"),
        [CooperativeColumns.JobsAtCreation] = ("un nombre entier d'emplois ≥ 0, ou vide", "a whole number of jobs ≥ 0, or blank"),
    };

    public static (string Fr, string En) For(ColumnSpec column) => ByColumn[column];
}
