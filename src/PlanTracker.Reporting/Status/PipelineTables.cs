using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Records;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Reporting.Status;

/// <summary>
/// The pipeline figures as small tables, formatted for reading: jobs by contract type and nature, cooperatives by
/// origin and by legal form, the pipeline by axis and by commune. report.html and the dashboard print them alike.
/// </summary>
public static class PipelineTables
{
    public static IReadOnlyList<ChartTable> All(PipelineFigures figures, string lang) =>
        [Jobs(figures, lang), Origins(figures, lang), LegalForms(figures, lang), ByAxis(figures, lang), ByCommune(figures, lang)];

    public static ChartTable Jobs(PipelineFigures figures, string lang)
    {
        var rows = figures.ByContractType.Select(c => Row(c.ContractType.Label(lang), c.Totals, lang))
            .Append(Row(L(lang, "Total", "Total"), figures.Jobs, lang)).ToList();
        return Table(L(lang, "Emplois par type de contrat : créations (l'indicateur) et consolidations (à part)", "Jobs by contract type: created (the indicator) and consolidated (apart)"),
            [L(lang, "Type de contrat", "Contract type"), L(lang, "Créés", "Created"), L(lang, "ETP créés", "FTE created"), L(lang, "Consolidés", "Consolidated"), L(lang, "ETP consolidés", "FTE consolidated")],
            rows);
    }

    public static ChartTable Origins(PipelineFigures figures, string lang) =>
        Table(L(lang, "Coopératives immatriculées par origine", "Registered cooperatives by origin"),
            [L(lang, "Origine", "Origin"), L(lang, "Coopératives", "Cooperatives")],
            figures.ByOrigin.Select(o => (IReadOnlyList<string>)[o.Key?.Label(lang) ?? L(lang, "non précisée", "not stated"), N(o.Count, lang)]).ToList());

    public static ChartTable LegalForms(PipelineFigures figures, string lang) =>
        Table(L(lang, "Coopératives immatriculées par forme juridique", "Registered cooperatives by legal form"),
            [L(lang, "Forme juridique", "Legal form"), L(lang, "Coopératives", "Cooperatives")],
            figures.ByLegalForm.Select(f => (IReadOnlyList<string>)[f.Key.Label(lang), N(f.Count, lang)]).ToList());

    public static ChartTable ByAxis(PipelineFigures figures, string lang) =>
        Pipeline(L(lang, "Vivier de coopératives par axe", "Cooperative pipeline by axis"), L(lang, "Axe", "Axis"),
            figures.ByAxis.Select(a => (L(lang, $"Axe {a.Key} — {a.Label}", $"Axis {a.Key} — {a.Label}"), a)), lang);

    public static ChartTable ByCommune(PipelineFigures figures, string lang) =>
        Pipeline(L(lang, "Vivier de coopératives par commune", "Cooperative pipeline by commune"), "Commune",
            figures.ByCommune.Select(c => (c.Label, c)), lang);

    private static ChartTable Pipeline(string caption, string scope, IEnumerable<(string Name, PipelineCount Count)> counts, string lang) =>
        Table(caption, [scope, CooperativeStage.Project.Label(lang), CooperativeStage.InSupport.Label(lang)],
            counts.Select(c => (IReadOnlyList<string>)[c.Name, N(c.Count.Projects, lang), N(c.Count.InSupport, lang)]).ToList());

    private static IReadOnlyList<string> Row(string label, JobTotals totals, string lang) =>
        [label, N(totals.Created, lang), Display.Number(totals.CreatedFte, 1, lang), N(totals.Consolidated, lang), Display.Number(totals.ConsolidatedFte, 1, lang)];

    private static ChartTable Table(string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows) =>
        new(caption, headers, rows, headers.Select((_, i) => i > 0).ToList());

    private static string N(int value, string lang) => Display.Number((decimal)value, 0, lang);

    private static string L(string lang, string fr, string en) => lang == "en" ? en : fr;
}
