using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;

namespace PlanTracker.Reporting.Exports;

/// <summary>The columns of each export table, in order: one definition for the xlsx sheets and the CSV files.</summary>
internal static class ExportColumns
{
    public static IReadOnlyList<Column<DetailedLine>> DetailedLines { get; } =
    [
        new("Type", 13, l => Cell.Of(l.Kind == DetailedLineKind.Job ? "Emplois" : "Coopérative")),
        new("Trimestre", 10, l => Cell.Of(l.Quarter.ToString())),
        new("SIRET", 16, l => Cell.Of(l.Siret)),
        new("Nom", 36, l => Cell.Of(l.Name)),
        new("Commune", 20, l => Cell.Of(l.Commune.Name)),
        new("Axe", 6, l => Cell.Of(l.Axis.Code)),
        new("Contrat / forme juridique", 24, l => Cell.Of(l.ContractType?.Label() ?? l.LegalForm?.Label())),
        new("Emplois", 9, l => Cell.Of(l.Jobs)),
        new("ETP", 8, l => Cell.Of(l.Fte, Cell.OneDecimal)),
        new("Date de création", 14, l => Cell.Of(l.CreationDate)),
        new("Commentaire", 40, l => Cell.Of(l.Comment)),
        new("Lot d'import", 11, l => Cell.Of(l.BatchId)),
        new("Fichier", 30, l => Cell.Of(l.FileName)),
        new("Importé le (UTC)", 17, l => Cell.Of(l.ImportedAt)),
        new("Feuille", 16, l => Cell.Of(l.SourceSheet)),
        new("Ligne", 7, l => Cell.Of(l.SourceRow)),
    ];

    /// <summary>Quarter × axis × commune, with <paramref name="valueHeader"/> for what the flow counts.</summary>
    public static IReadOnlyList<Column<Flow>> Flows(string valueHeader) =>
    [
        new("Trimestre", 10, f => Cell.Of(f.Quarter.ToString())),
        new("Fin du trimestre", 14, f => Cell.Of(f.Quarter.LastDay)),
        new("Année", 7, f => Cell.Of(f.Quarter.Year, "0")),
        new("Axe", 6, f => Cell.Of(f.Axis.Code)),
        new("Libellé de l'axe", 52, f => Cell.Of(f.Axis.LabelFr)),
        new("Commune", 20, f => Cell.Of(f.Commune.Name)),
        new(valueHeader, 14, f => Cell.Of(f.Value)),
    ];

    public static IReadOnlyList<Column<PipelineRow>> Pipeline { get; } =
    [
        new("Rubrique", 44, r => Cell.Of(r.Section)),
        new("Détail", 40, r => Cell.Of(r.Item)),
        new("Valeur", 10, r => Cell.Of(r.Value, r.Format)),
        new("ETP", 10, r => Cell.Of(r.Fte, Cell.OneDecimal)),
    ];

    public static IReadOnlyList<Column<SummaryRow>> Summary { get; } =
    [
        new("Indicateur", 24, r => Cell.Of(r.Indicator.Label("fr"))),
        new("Périmètre", 11, r => Cell.Of(r.Scope)),
        new("Nom", 52, r => Cell.Of(r.Name)),
        new("Réalisé", 10, r => Cell.Of(r.Progress.Actual)),
        new("Cible", 10, r => Cell.Of(r.Progress.Target)),
        new("Atteinte", 10, r => Cell.Of(r.Progress.Attainment, Cell.Percent)),
        new("Attendu", 10, r => Cell.Of(r.Progress.Expected, Cell.OneDecimal)),
        new("Rythme (réalisé / attendu)", 14, r => Cell.Of(r.Progress.Pace, Cell.Percent)),
        new("Statut", 20, r => Cell.Of(r.Progress.Status?.Label("fr"))),
        new("Part de l'objectif total", 14, r => Cell.Of(r.Contribution, Cell.Percent)),
        new("Prévision à l'échéance", 14, r => Cell.Of(r.Progress.Forecast.AtDeadline, Cell.OneDecimal)),
        new("Cible atteinte au", 14, r => Cell.Of(r.Progress.Target is null ? null : r.Progress.Forecast.ReachedIn?.ToString() ?? "pas de projection")),
        new("Rythme nécessaire par trimestre", 16, r => Cell.Of(r.Progress.PaceNeededPerQuarter, Cell.OneDecimal)),
    ];
}
