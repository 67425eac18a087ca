using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;
using PlanTracker.Core.Text;
using PlanTracker.Data.Lines;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Coopératives par stade: at the end of each quarter, the registered cooperatives (cumulative) with the pipeline stacked
/// on top (in support, then projects), against the target, and the pipeline forecast's range at the deadline.
/// </summary>
public sealed class StageChart() : Chart("cooperatives-par-stade", "Coopératives par stade", "Cooperatives by stage")
{
    private static readonly CooperativeStage[] Stacked = [CooperativeStage.Registered, CooperativeStage.InSupport, CooperativeStage.Project];

    protected override void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var plan = snapshot.Plan;
        ChartFrame.AxisLabels(plot,
            Localized.Text(lang, "Trimestre", "Quarter"),
            Localized.Text(lang, "Coopératives à la fin du trimestre", "Cooperatives at the end of the quarter"));

        var stages = Stages(snapshot);
        var baseline = new double[stages.Count];
        foreach (var stage in Stacked)
        {
            var bars = stages.Select((s, i) =>
            {
                var value = (double)Count(s, stage);
                var bar = new Bar { Position = i, ValueBase = baseline[i], Value = baseline[i] + value, FillColor = Palette.Stage(stage), LineWidth = 0, Size = 0.75 };
                baseline[i] += value;
                return bar;
            }).ToList();
            plot.Add.Bars(bars).LegendText = Legend(stage, lang);
        }

        decimal target = plan.Target(Indicator.Cooperatives);
        var goal = plot.Add.HorizontalLine((double)target, 2, Palette.Target, LinePattern.Solid);
        goal.LegendText = Localized.Text(lang, $"Objectif : {Display.Number(target, 0, lang)}", $"Target: {Display.Number(target, 0, lang)}");

        var forecast = Figures(snapshot).Forecast;
        var x = TickFormats.X(plan, plan.LastQuarter);
        var range = plot.Add.Line(x, forecast.Low, x, forecast.High);
        range.LineColor = Palette.Forecast;
        range.LineWidth = 6;
        range.LegendText = Localized.Text(lang,
            $"Prévision par le vivier : {Range(forecast, lang)} fin {forecast.Deadline.Year}",
            $"Pipeline forecast: {Range(forecast, lang)} by the end of {forecast.Deadline.Year}");
        var marker = plot.Add.Marker(x, (double)forecast.Expected, MarkerShape.FilledCircle, 8, Palette.Forecast);
        marker.LegendText = "";

        var top = Math.Max((double)target, Math.Max(forecast.High, baseline.DefaultIfEmpty(0).Max()));
        plot.Axes.SetLimitsY(0, top * 1.12);
        plot.Axes.SetLimitsX(-0.7, plan.QuarterCount - 0.3);
        plot.Axes.Bottom.TickGenerator = TickFormats.Quarters(plan, lang);
        plot.Axes.Left.TickGenerator = TickFormats.Counts(lang);
    }

    public override string Describe(PlanSnapshot snapshot, string lang)
    {
        var last = Stages(snapshot).LastOrDefault() ?? new QuarterStages(snapshot.AsOf, 0, 0, 0);
        var when = snapshot.AsOf.ToDisplay(lang);
        return Localized.Text(lang,
                   $"Coopératives par stade à la fin de chaque trimestre. {when} : {N(last.Registered, lang)} immatriculées, {N(last.InSupport, lang)} en accompagnement, {N(last.Projects, lang)} en projet. ",
                   $"Cooperatives by stage at the end of each quarter. {when}: {N(last.Registered, lang)} registered, {N(last.InSupport, lang)} in support, {N(last.Projects, lang)} projects. ")
               + PipelineSentence.Forecast(Figures(snapshot).Forecast, lang);
    }

    public override ChartTable Table(PlanSnapshot snapshot, string lang)
    {
        var headers = new List<string> { Localized.Text(lang, "Trimestre", "Quarter") };
        headers.AddRange(Stacked.Select(s => Legend(s, lang)));
        headers.Add(Localized.Text(lang, "Total", "Total"));
        var rows = new List<IReadOnlyList<string>>();
        var links = new List<IReadOnlyList<LineFilter?>>();
        foreach (var s in Stages(snapshot))
        {
            rows.Add([s.Quarter.ToDisplay(lang), N(s.Registered, lang), N(s.InSupport, lang), N(s.Projects, lang), N(s.Registered + s.InSupport + s.Projects, lang)]);
            // The registered count is the indicator: the cooperatives' lines up to that quarter.
            links.Add([null, new LineFilter(Indicator.Cooperatives, s.Quarter), null, null, null]);
        }

        var forecast = Figures(snapshot).Forecast;
        rows.Add([Localized.Text(lang, $"{forecast.Deadline.ToDisplay(lang)} (prévision par le vivier)", $"{forecast.Deadline.ToDisplay(lang)} (pipeline forecast)"),
            Range(forecast, lang), "", "", ""]);
        links.Add([null, null, null, null, null]);
        var caption = Localized.Text(lang,
            $"Coopératives par stade à la fin de chaque trimestre, objectif {Display.Number((decimal)snapshot.Plan.Target(Indicator.Cooperatives), 0, lang)}",
            $"Cooperatives by stage at the end of each quarter, target {Display.Number((decimal)snapshot.Plan.Target(Indicator.Cooperatives), 0, lang)}");
        return new ChartTable(caption, headers, rows, headers.Select((_, i) => i > 0).ToList(), links);
    }

    private static IReadOnlyList<QuarterStages> Stages(PlanSnapshot snapshot) =>
        QuarterStages.Of(snapshot.Pipeline.Cooperatives, snapshot.Plan.Quarters().Where(q => q <= snapshot.AsOf));

    private static PipelineFigures Figures(PlanSnapshot snapshot) => PipelineFigures.Compute(snapshot.Plan, snapshot.AsOf, snapshot.Pipeline);

    private static int Count(QuarterStages s, CooperativeStage stage) => stage switch
    {
        CooperativeStage.Registered => s.Registered,
        CooperativeStage.InSupport => s.InSupport,
        _ => s.Projects,
    };

    private static string Legend(CooperativeStage stage, string lang) => stage switch
    {
        CooperativeStage.Registered => Localized.Text(lang, "Immatriculées (cumul)", "Registered (cumulative)"),
        CooperativeStage.InSupport => Localized.Text(lang, "En accompagnement", "In support"),
        _ => Localized.Text(lang, "Projets", "Projects"),
    };

    private static string Range(PipelineForecast forecast, string lang) =>
        forecast.Low == forecast.High ? N(forecast.Low, lang) : Localized.Text(lang, $"{N(forecast.Low, lang)} à {N(forecast.High, lang)}", $"{N(forecast.Low, lang)} to {N(forecast.High, lang)}");

    private static string N(int value, string lang) => Display.Number((decimal)value, 0, lang);
}
