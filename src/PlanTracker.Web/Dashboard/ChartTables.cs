using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Web.Dashboard;

/// <summary>The data table under each of the five charts, in the visitor's language.</summary>
public static class ChartTables
{
    public static ChartTable For(ChartKind kind, PlanSnapshot snapshot, string lang) => kind switch
    {
        ChartKind.Jobs => Cumulative(snapshot, Indicator.Jobs, lang),
        ChartKind.Cooperatives => Cumulative(snapshot, Indicator.Cooperatives, lang),
        ChartKind.Axes => Axes(snapshot, lang),
        ChartKind.Communes => Communes(snapshot, lang),
        _ => Flows(snapshot, lang),
    };

    private static ChartTable Cumulative(PlanSnapshot snapshot, Indicator indicator, string lang)
    {
        var progress = snapshot[indicator].Territory;
        var target = progress.Target ?? 0;
        var rows = progress.Cumulative
            .Select(c => (IReadOnlyList<string>)
            [
                c.Quarter.ToDisplay(lang),
                N(c.Value, lang),
                N(Trajectory.Expected(snapshot.Plan, indicator, c.Quarter, target), lang),
            ])
            .ToList();
        return new ChartTable(
            T(lang, $"{indicator.Label(lang)} : cumul par trimestre et trajectoire attendue", $"{indicator.Label(lang)}: cumulative by quarter and expected trajectory"),
            [T(lang, "Trimestre", "Quarter"), T(lang, "Cumul réalisé", "Cumulative actual"), T(lang, "Trajectoire attendue", "Expected trajectory")],
            rows);
    }

    private static ChartTable Axes(PlanSnapshot snapshot, string lang)
    {
        var rows = Axis.All.Select(axis =>
        {
            var jobs = snapshot.Jobs.ByAxis.Single(a => a.Key == axis.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var coops = snapshot.Cooperatives.ByAxis.Single(a => a.Key == axis.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return (IReadOnlyList<string>)
            [
                $"{axis.ShortName(lang)} — {axis.Label(lang)}",
                N(jobs.Progress.Actual, lang), Target(jobs.Progress.Target, lang), Display.Percent(Share(jobs), 1, lang),
                N(coops.Progress.Actual, lang), Target(coops.Progress.Target, lang), Display.Percent(Share(coops), 1, lang),
            ];
        }).ToList();
        return new ChartTable(
            T(lang, "Progression par axe : réalisé, sous-objectif et part (de l'objectif de l'axe, sinon du total)", "Progress by axis: actual, sub-target and share (of the axis target, else of the total)"),
            [
                T(lang, "Axe", "Axis"), T(lang, "Emplois", "Jobs"), T(lang, "Objectif emplois", "Jobs target"), T(lang, "Part emplois", "Jobs share"),
                T(lang, "Coopératives", "Cooperatives"), T(lang, "Objectif coopératives", "Cooperatives target"), T(lang, "Part coopératives", "Cooperatives share"),
            ],
            rows);
    }

    private static ChartTable Communes(PlanSnapshot snapshot, string lang)
    {
        var rows = Commune.All.Select(commune => (IReadOnlyList<string>)
        [
            commune.Name,
            N(snapshot.Jobs.ByCommune.Single(c => c.Key == commune.Name).Progress.Actual, lang),
            N(snapshot.Cooperatives.ByCommune.Single(c => c.Key == commune.Name).Progress.Actual, lang),
        ]).ToList();
        return new ChartTable(
            T(lang, "Emplois créés et nouvelles coopératives par commune", "Jobs created and new cooperatives by commune"),
            [T(lang, "Commune", "Commune"), T(lang, "Emplois créés", "Jobs created"), T(lang, "Nouvelles coopératives", "New cooperatives")],
            rows);
    }

    private static ChartTable Flows(PlanSnapshot snapshot, string lang)
    {
        var quarters = snapshot.Plan.Quarters().Where(q => q <= snapshot.AsOf).ToList();
        var rows = quarters.Select(q =>
        {
            var byAxis = Axis.All.Select(a => snapshot.Jobs.FlowOf(q, a.Code)).ToList();
            return (IReadOnlyList<string>)[q.ToDisplay(lang), .. byAxis.Select(v => N(v, lang)), N(byAxis.Sum(), lang)];
        }).ToList();
        return new ChartTable(
            T(lang, "Emplois créés par trimestre et par axe", "Jobs created per quarter and axis"),
            [T(lang, "Trimestre", "Quarter"), .. Axis.All.Select(a => a.ShortName(lang)), T(lang, "Total", "Total")],
            rows);
    }

    // As the axis chart measures it: attainment of the axis sub-target when there is one, else share of the total.
    private static decimal Share(ScopedProgress axis) => axis.Progress.Attainment ?? axis.Contribution;

    private static string N(decimal value, string lang) => Display.Number(value, 0, lang);

    private static string Target(decimal? target, string lang) => target is { } t ? N(t, lang) : "—";

    private static string T(string lang, string fr, string en) => lang == "en" ? en : fr;
}
