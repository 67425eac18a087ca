using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Data.Lines;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Flux trimestriel: jobs created in each quarter, stacked by axis, with the pace each remaining quarter must bring to
/// reach the target by the deadline, and the recent pace it is compared with. With an axis or a commune chosen, that
/// scope's jobs and pace (the pace needed only where it has a sub-target).
/// </summary>
public sealed class FlowChart() : Chart("flux-trimestriel", "Flux trimestriel", "Quarterly flow")
{
    public override bool FollowsScope => true;

    public override string Title(PlanSnapshot snapshot, string lang) => Title(lang) + ScopeTexts.TitleSuffix(snapshot, Indicator.Jobs, lang);

    protected override void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var plan = snapshot.Plan;
        var jobs = snapshot.Jobs;
        var progress = snapshot.InScope(Indicator.Jobs);
        var unit = Indicator.Jobs.Unit(lang);
        ChartFrame.AxisLabels(plot,
            Localized.Text(lang, "Trimestre", "Quarter"),
            Localized.Text(lang, "Emplois créés dans le trimestre", "Jobs created in the quarter"));

        var quarters = plan.Quarters().Where(q => q <= snapshot.AsOf).ToList();
        var baseline = new double[quarters.Count];
        var highest = 0.0;
        foreach (var axis in ScopeTexts.Axes(snapshot, jobs))
        {
            var bars = quarters.Select((q, i) =>
            {
                var value = (double)jobs.FlowOf(q, axis.Code, snapshot.Scope);
                var bar = new Bar { Position = i, ValueBase = baseline[i], Value = baseline[i] + value, FillColor = Palette.Axis(axis.Code), LineWidth = 0, Size = 0.75 };
                baseline[i] += value;
                highest = Math.Max(highest, baseline[i]);
                return bar;
            }).ToList();
            plot.Add.Bars(bars).LegendText = axis.ShortName(lang);
        }

        var runRate = progress.Forecast.RunRate;
        if (progress.Forecast.RunRateQuarters > 0)
        {
            var from = TickFormats.X(plan, snapshot.AsOf.AddQuarters(1 - progress.Forecast.RunRateQuarters));
            AddPace(plot, from, TickFormats.X(plan, snapshot.AsOf), runRate, Palette.Black, LinePattern.Dotted, Localized.Text(lang,
                $"Rythme récent : {Display.Rate(runRate, lang)} {unit} par trimestre",
                $"Recent pace: {Display.Rate(runRate, lang)} {unit} per quarter"));
        }

        if (progress.PaceNeededPerQuarter is { } needed)
        {
            AddPace(plot, TickFormats.X(plan, snapshot.AsOf.Next), TickFormats.X(plan, plan.LastQuarter), needed, Palette.Target, LinePattern.Dashed, Localized.Text(lang,
                $"Rythme nécessaire : {Display.Rate(needed, lang)} {unit} par trimestre jusqu'au {plan.LastQuarter.ToDisplay(lang)}",
                $"Pace needed: {Display.Rate(needed, lang)} {unit} per quarter until {plan.LastQuarter.ToDisplay(lang)}"));
            highest = Math.Max(highest, (double)needed);
        }

        highest = Math.Max(highest, (double)runRate);
        plot.Axes.SetLimitsY(0, Math.Max(5, highest * 1.15));
        plot.Axes.SetLimitsX(-0.7, plan.QuarterCount - 0.3);
        plot.Axes.Bottom.TickGenerator = TickFormats.Quarters(plan, lang);
        plot.Axes.Left.TickGenerator = TickFormats.Counts(lang);
    }

    /// <summary>A pace as a level line over the quarters it spans, from the first bar's left edge to the last's right.</summary>
    private static void AddPace(Plot plot, double from, double to, decimal pace, Color color, LinePattern pattern, string legend)
    {
        var line = plot.Add.Line(from - 0.4, (double)pace, to + 0.4, (double)pace);
        line.LineColor = color;
        line.LineWidth = 2.5f;
        line.LinePattern = pattern;
        line.LegendText = legend;
    }

    public override string Describe(PlanSnapshot snapshot, string lang)
    {
        var progress = snapshot.InScope(Indicator.Jobs);
        var unit = Indicator.Jobs.Unit(lang);
        var last = snapshot.Jobs.Flows.Where(f => f.Quarter == snapshot.AsOf && snapshot.Scope.Includes(f)).Sum(f => f.Value);
        var text = Localized.Text(lang,
            $"Emplois créés par trimestre et par axe. {snapshot.AsOf.ToDisplay(lang)} : {Display.Number(last, 0, lang)} {unit} ; rythme récent : {Display.Rate(progress.Forecast.RunRate, lang)} par trimestre",
            $"Jobs created per quarter and axis. {snapshot.AsOf.ToDisplay(lang)}: {Display.Number(last, 0, lang)} {unit}; recent pace: {Display.Rate(progress.Forecast.RunRate, lang)} per quarter");
        if (progress.PaceNeededPerQuarter is { } needed)
        {
            text += Localized.Text(lang, $" ; rythme nécessaire : {Display.Rate(needed, lang)} par trimestre", $"; pace needed: {Display.Rate(needed, lang)} per quarter");
        }

        return text + "." + ScopeTexts.Sentence(snapshot, Indicator.Jobs, lang);
    }

    public override ChartTable Table(PlanSnapshot snapshot, string lang)
    {
        var jobs = snapshot.Jobs;
        var scope = snapshot.Scope;
        var progress = jobs.Progress(scope);
        var axes = ScopeTexts.Axes(snapshot, jobs);
        var headers = new List<string> { Localized.Text(lang, "Trimestre", "Quarter") };
        headers.AddRange(axes.Select(a => a.ShortName(lang)));
        headers.Add(Localized.Text(lang, "Total du trimestre", "Quarter total"));
        var rows = progress.Cumulative.Select(point =>
        {
            var row = new List<string> { point.Quarter.ToDisplay(lang) };
            row.AddRange(axes.Select(a => Display.Number(jobs.FlowOf(point.Quarter, a.Code, scope), 0, lang)));
            row.Add(Display.Number(axes.Sum(a => jobs.FlowOf(point.Quarter, a.Code, scope)), 0, lang));
            return (IReadOnlyList<string>)row;
        }).ToList();
        // What one quarter added: its lines alone, of one axis or of the whole scope.
        var links = progress.Cumulative.Select(point => (IReadOnlyList<LineFilter?>)
        [
            null,
            .. axes.Select(a => new LineFilter(Indicator.Jobs, snapshot.AsOf, point.Quarter, a.Code, scope.Commune?.Name)),
            new LineFilter(Indicator.Jobs, snapshot.AsOf, point.Quarter, scope.Axis?.Code, scope.Commune?.Name),
        ]).ToList();
        var needed = progress.PaceNeededPerQuarter is { } n
            ? Localized.Text(lang, $" ; rythme nécessaire : {Display.Rate(n, lang)} par trimestre", $"; pace needed: {Display.Rate(n, lang)} per quarter")
            : "";
        var where = scope.IsTerritory ? "" : ", " + scope.Label(lang);
        var caption = Localized.Text(lang, $"Emplois créés par trimestre et par axe{where}", $"Jobs created per quarter and axis{where}") + needed;
        return new ChartTable(caption, headers, rows, headers.Select((_, i) => i > 0).ToList(), links);
    }
}
