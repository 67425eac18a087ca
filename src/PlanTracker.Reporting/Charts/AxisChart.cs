using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Text;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Chart 3: for each axis and indicator, attainment of the axis' sub-target when one is configured, else its
/// contribution to the territory-wide target; each bar carries its figures and status in words.
/// </summary>
internal static class AxisChart
{
    private const double BarSize = 0.34;

    public static Plot Build(PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var plot = ChartFrame.Create(ChartKind.Axes, context,
            Localized.Text(lang, "Part de l'objectif : sous-objectif de l'axe s'il existe, sinon objectif total",
                "Share of target: the axis sub-target if set, else the overall target"),
            Localized.Text(lang, "Axe prioritaire", "Priority axis"));

        var axisCount = snapshot.Jobs.ByAxis.Count;
        var right = 1.05; // the 100 % line stays in view
        foreach (var (indicator, offset) in new[] { (Indicator.Jobs, BarSize / 2), (Indicator.Cooperatives, -BarSize / 2) })
        {
            var bars = new List<Bar>();
            foreach (var (axis, index) in snapshot[indicator].ByAxis.Select((a, i) => (a, i)))
            {
                var value = (double)Share(axis);
                var label = BarLabel(indicator, axis, lang);
                right = Math.Max(right, RightLimitFor(value, label, context.ChartSize));
                var y = axisCount - 1 - index + offset;
                bars.Add(new Bar
                {
                    Position = y,
                    Value = value,
                    FillColor = Palette.Indicator(indicator),
                    LineWidth = 0,
                    Size = BarSize * 0.9,
                    Orientation = Orientation.Horizontal,
                });
                var text = plot.Add.Text(label, value, y);
                text.LabelFontSize = ChartFrame.NoteSize;
                text.Alignment = Alignment.MiddleLeft;
                text.OffsetX = 6;
                text.LabelFontColor = Palette.Black;
                text.LabelBackgroundColor = Colors.White; // stays legible where it crosses the 100 % line
            }

            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.LegendText = indicator.Label(lang);
        }

        var full = plot.Add.VerticalLine(1, 1.5f, Palette.Grey, LinePattern.Dotted);
        full.LegendText = Localized.Text(lang, "100 % : objectif atteint", "100%: target reached");

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var (axis, index) in snapshot.Jobs.ByAxis.Select((a, i) => (a, i)))
        {
            ticks.AddMajor(axisCount - 1 - index, AxisScopes.AxisOf(axis).ShortName(lang));
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Bottom.TickGenerator = TickFormats.Percent(lang);
        plot.Axes.SetLimitsX(0, right);
        plot.Axes.SetLimitsY(-0.6, axisCount - 0.4);
        ChartFrame.LegendBelow(plot);
        return plot;
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
    public static decimal Share(ScopedProgress axis) => axis.Progress.Attainment ?? axis.Contribution;

    /// <summary>"120 / 500 emplois (24,0 %) — En retard" or "412 emplois — 27,5 % de l'objectif total".</summary>
    public static string BarLabel(Indicator indicator, ScopedProgress axis, string lang)
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

    public static string Describe(PlanSnapshot snapshot, string lang)
    {
        var parts = snapshot.Jobs.ByAxis.Zip(snapshot.Cooperatives.ByAxis, (jobs, coops) =>
            $"{AxisScopes.AxisOf(jobs).ShortName(lang)}{AxisScopes.Colon(lang)} "
            + $"{BarLabel(Indicator.Jobs, jobs, lang)}{AxisScopes.Semicolon(lang)} {BarLabel(Indicator.Cooperatives, coops, lang)}");
        return ChartKind.Axes.Title(lang) + ". " + string.Join(". ", parts) + ".";
    }
}
