using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Validation;

/// <summary>The "Attendu : …" half of every cell message, per column, listing the plan's own communes and axes.</summary>
internal sealed class Expectations
{
    private static readonly Dictionary<ColumnSpec, (string Fr, string En)> Fixed = new()
    {
        [JobColumns.Quarter] = ("un trimestre du plan, par exemple 2025-T1, T1 2025 ou une date du trimestre", "a plan quarter, e.g. 2025-T1, T1 2025 or a date within the quarter"),
        [JobColumns.Siret] = ("le SIRET de l'établissement, 14 chiffres", "the establishment's SIRET, 14 digits"),
        [JobColumns.Structure] = ("le nom de la structure, 200 caractères au plus", "the structure's name, at most 200 characters"),
        [JobColumns.Jobs] = ("un nombre entier d'emplois ≥ 0", "a whole number of jobs ≥ 0"),
        [JobColumns.Fte] = ("un nombre ≥ 0 avec au plus 2 décimales, par exemple 0,5", "a number ≥ 0 with at most 2 decimals, e.g. 0.5"),
        [JobColumns.ContractType] = ($"{ContractTypes.ChoicesList}, ou vide (non précisé)", $"{string.Join(", ", ContractTypes.Choices.Select(c => c.Label("en")))}, or blank (unspecified)"),
        [JobColumns.Comment] = ("un texte de 1 000 caractères au plus", "a text of at most 1,000 characters"),
        [JobColumns.Nature] = ($"{JobNatures.ChoicesList}, ou vide (création)", $"{string.Join(", ", JobNatures.All.Select(n => n.Label("en")))}, or blank (creation)"),
        [CooperativeColumns.Name] = ("le nom de la coopérative, 200 caractères au plus", "the cooperative's name, at most 200 characters"),
        [CooperativeColumns.Siret] = ("le SIRET de la coopérative, 14 chiffres, ou vide si l'immatriculation est en cours", "the cooperative's SIRET, 14 digits, or blank while registration is pending"),
        [CooperativeColumns.LegalForm] = (LegalForms.ChoicesList, string.Join(", ", LegalForms.All.Select(f => f.Label("en")))),
        [CooperativeColumns.CreationDate] = ("une date, par exemple 31/03/2025 ou 2025-03-31 (vide seulement pour un projet : Stade projet ou en accompagnement)",
            "a date, e.g. 31/03/2025 or 2025-03-31 (blank only for a project: Stage projet or en accompagnement)"),
        [CooperativeColumns.JobsAtCreation] = ("un nombre entier d'emplois ≥ 0, ou vide", "a whole number of jobs ≥ 0, or blank"),
        [CooperativeColumns.Origin] = ($"{CooperativeOrigins.ChoicesList}, ou vide (non précisée)", $"{string.Join(", ", CooperativeOrigins.All.Select(o => o.Label("en")))}, or blank (not stated)"),
        [CooperativeColumns.Stage] = ($"{CooperativeStages.ChoicesList}, ou vide (immatriculée quand la date de création est donnée)",
            $"{string.Join(", ", CooperativeStages.All.Select(s => s.Label("en")))}, or blank (registered when the creation date is given)"),
        [CooperativeColumns.CessationDate] = ("une date postérieure à la date de création et non future, par exemple 31/03/2026, ou vide",
            "a date after the creation date and not in the future, e.g. 31/03/2026, or blank"),
    };

    private readonly (string Fr, string En) _commune;
    private readonly (string Fr, string En) _axis;

    public Expectations(PlanTerritory territory)
    {
        var names = territory.CommuneNames;
        var count = territory.Communes.Count;
        _commune = count == 1
            ? ($"la commune du territoire : {names}", $"the territory's commune: {names}")
            : ($"une des {Count(count, "fr")} communes du territoire : {names}", $"one of the territory's {Count(count, "en")} communes: {names}");
        var first = territory.Axes[0].Code;
        var axesFr = string.Join(", ", territory.Axes.Select(a => $"{a.Code} ({a.LabelFr})"));
        var axesEn = string.Join(", ", territory.Axes.Select(a => $"{a.Code} ({a.LabelEn})"));
        _axis = ($"{territory.AxisNumbers("fr")} (ou « Axe {first} », ou le début du libellé) : {axesFr}",
            $"{territory.AxisNumbers("en")} (or “Axis {first}”, or the start of the label): {axesEn}");
    }

    // Small counts in words, as French and English prose writes them ("une des huit communes").
    private static string Count(int n, string lang) => n is >= 2 and <= 10
        ? (lang == "en" ? new[] { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" } : new[] { "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix" })[n - 2]
        : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public (string Fr, string En) For(ColumnSpec column) =>
        column == JobColumns.Commune || column == CooperativeColumns.Commune ? _commune
        : column == JobColumns.Axis || column == CooperativeColumns.Axis ? _axis
        : Fixed[column];
}
