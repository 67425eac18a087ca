using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using PlanTracker.Data.Lines;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Progression par axe: for each axis and indicator, attainment of the axis' sub-target when one is configured, else
/// its contribution to the territory-wide target; each bar carries its figures and status in words.
/// </summary>
public sealed class AxisChart() : Chart("progression-par-axe", "Progression par axe", "Progress by axis")
{
    private static readonly Indicator[] Pair = [Indicator.Jobs, Indicator.Cooperatives];

    protected override void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        ChartFrame.AxisLabels(plot,
            Localized.Text(lang, "Part de l'objectif : sous-objectif de l'axe s'il existe, sinon objectif total",
                "Share of target: the axis sub-target if set, else the overall target"),
            Localized.Text(lang, "Axe prioritaire", "Priority axis"));

        var bars = new PairedBars(snapshot.Jobs.ByAxis.Count, 0.34, Horizontal: true);
        var right = 1.05; // the 100 % line stays in view
        foreach (var (indicator, pair) in Pair.Select((indicator, pair) => (indicator, pair)))
        {
            var axes = snapshot[indicator].ByAxis;
            foreach (var (axis, index) in axes.Select((a, i) => (a, i)))
            {
                var value = (double)Share(axis);
                var label = BarLabel(indicator, axis, lang);
                right = Math.Max(right, RightLimitFor(value, label, context.ChartSize));
                var text = plot.Add.Text(label, value, bars.Position(index, pair));
                text.LabelFontSize = ChartFrame.NoteSize;
                text.Alignment = Alignment.MiddleLeft;
                text.OffsetX = 6;
                text.LabelFontColor = Palette.Black;
                text.LabelBackgroundColor = Colors.White; // stays legible where it crosses the 100 % line
            }

            bars.Add(plot, indicator, pair, axes.Select(a => (double)Share(a)).ToList(), 0.9, indicator.Label(lang));
        }

        var full = plot.Add.VerticalLine(1, 1.5f, Palette.Grey, LinePattern.Dotted);
        full.LegendText = Localized.Text(lang, "100 % : objectif atteint", "100%: target reached");

        bars.NameCategories(plot, snapshot.Jobs.ByAxis.Select(a => AxisScopes.AxisOf(snapshot, a).ShortName(lang)));
        plot.Axes.Bottom.TickGenerator = TickFormats.Percent(lang);
        plot.Axes.SetLimitsX(0, right);
    }

    public override string Describe(PlanSnapshot snapshot, string lang)
    {
        var parts = snapshot.Jobs.ByAxis.Zip(snapshot.Cooperatives.ByAxis, (jobs, coops) =>
            $"{AxisScopes.AxisOf(snapshot, jobs).ShortName(lang)}{AxisScopes.Colon(lang)} "
            + $"{BarLabel(Indicator.Jobs, jobs, lang)}{AxisScopes.Semicolon(lang)} {BarLabel(Indicator.Cooperatives, coops, lang)}");
        return Title(lang) + ". " + string.Join(". ", parts) + ".";
    }

    public override ChartTable Table(PlanSnapshot snapshot, string lang)
    {
        var headers = new[]
        {
            Localized.Text(lang, "Axe", "Axis"), Localized.Text(lang, "Indicateur", "Indicator"), Localized.Text(lang, "Réalisé", "Actual"),
            Localized.Text(lang, "Référence", "Reference"), Localized.Text(lang, "Part", "Share"), Localized.Text(lang, "Statut", "Status"),
        };
        var rows = new List<IReadOnlyList<string>>();
        var links = new List<IReadOnlyList<LineFilter?>>();
        for (var i = 0; i < snapshot.Jobs.ByAxis.Count; i++)
        {
            foreach (var indicator in Pair)
            {
                var scope = snapshot[indicator].ByAxis[i];
                var p = scope.Progress;
                var axis = AxisScopes.AxisOf(snapshot, scope);
                var reference = Display.Number(p.Target ?? snapshot.Plan.Target(indicator), 0, lang) + (p.Target is null
                    ? Localized.Text(lang, " (objectif total)", " (overall target)")
                    : Localized.Text(lang, " (sous-objectif)", " (sub-target)"));
                rows.Add(
                [
                    $"{axis.ShortName(lang)} — {axis.Label(lang)}",
                    indicator.Label(lang),
                    Display.Number(p.Actual, 0, lang),
                    reference,
                    Display.Percent(Share(scope), 1, lang),
                    p.Status?.Label(lang) ?? Localized.Text(lang, "sans sous-objectif", "no sub-target"),
                ]);
                links.Add([null, null, new LineFilter(indicator, snapshot.AsOf, Axis: axis.Code), null, null, null]);
            }
        }

        var caption = Localized.Text(lang,
            "Progression par axe : part du sous-objectif de l'axe quand il existe, sinon contribution à l'objectif total",
            "Progress by axis: share of the axis sub-target when set, else contribution to the overall target");
        return new ChartTable(caption, headers, rows, [false, false, true, true, true, false], links);
    }

    /// <summary>
    /// The smallest right limit (in data units) that leaves room for <paramref name="label"/> after its bar. Estimated
    /// from the label's length (DejaVu Sans at 12 px averages under 7.5 px a character) and the data area's width (the
    /// figure less the left axis and margins), because the real layout is only known while rendering.
    /// </summary>
    private static double RightLimitFor(double value, string label, ChartSize size)
    {
        var dataWidth = size.Width / ChartFrame.ScaleFor(size) - 110.0;
        var labelWidth = label.Length * 7.5 + 16;
        return value * dataWidth / Math.Max(dataWidth - labelWidth, dataWidth * 0.25);
    }

    /// <summary>Attainment against the sub-target, or the contribution to the overall target when there is none.</summary>
    private static decimal Share(ScopedProgress axis) => axis.Progress.Attainment ?? axis.Contribution;

    /// <summary>"120 / 500 emplois (24,0 %) — En retard" or "412 emplois — 27,5 % de l'objectif total".</summary>
    private static string BarLabel(Indicator indicator, ScopedProgress axis, string lang)
    {
        var p = axis.Progress;
        var unit = indicator.Unit(lang);
        var actual = Display.Number(p.Actual, 0, lang);
        if (p.Target is { } target && p.Attainment is { } attainment)
        {
            var status = p.Status?.Label(lang) ?? "";
            return $"{actual} / {Display.Number(target, 0, lang)} {unit} ({Display.Percent(attainment, 1, lang)}) — {status}";
        }

        return Localized.Text(lang,
            $"{actual} {unit} — {Display.Percent(axis.Contribution, 1, lang)} de l'objectif total",
            $"{actual} {unit} — {Display.Percent(axis.Contribution, 1, lang)} of the overall target");
    }
}
