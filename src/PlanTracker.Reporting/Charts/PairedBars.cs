using PlanTracker.Core.Plans;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Jobs and cooperatives side by side in each of <paramref name="Count"/> categories (axes, communes): categories read
/// left to right (or top to bottom when horizontal), the first indicator's bar first in reading order, each bar in its
/// indicator's colour and with its legend entry, the categories named on their scale.
/// </summary>
/// <param name="Slot">How much of a category's width one indicator's bar takes.</param>
internal sealed record PairedBars(int Count, double Slot, bool Horizontal)
{
    /// <summary>Where the category's name sits on its scale.</summary>
    public double Center(int category) => Horizontal ? Count - 1 - category : category;

    /// <summary>Where the bar of the first (0) or second (1) indicator of a category sits.</summary>
    public double Position(int category, int pair)
    {
        // Upwards is forwards on a vertical scale, but reading goes down it.
        var first = pair == 0 != Horizontal;
        return Center(category) + (first ? -Slot / 2 : Slot / 2);
    }

    /// <param name="fill">The share of its slot a bar fills, leaving a gap between the two.</param>
    /// <param name="labels">Each bar's value label, or null for none.</param>
    public BarPlot Add(Plot plot, Indicator indicator, int pair, IReadOnlyList<double> values, double fill, string legend,
        IReadOnlyList<string>? labels = null)
    {
        var bars = values.Select((value, i) => new Bar
        {
            Position = Position(i, pair),
            Value = value,
            FillColor = Palette.Indicator(indicator),
            LineWidth = 0,
            Size = Slot * fill,
            Orientation = Horizontal ? Orientation.Horizontal : Orientation.Vertical,
            Label = labels?[i] ?? "",
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        if (Horizontal)
        {
            plottable.Horizontal = true;
        }

        plottable.LegendText = legend;
        return plottable;
    }

    /// <summary>Names the categories on their scale and keeps them all in view.</summary>
    public void NameCategories(Plot plot, IEnumerable<string> names)
    {
        var ticks = new NumericManual();
        foreach (var (name, index) in names.Select((n, i) => (n, i)))
        {
            ticks.AddMajor(Center(index), name);
        }

        if (Horizontal)
        {
            plot.Axes.Left.TickGenerator = ticks;
            plot.Axes.SetLimitsY(-0.6, Count - 0.4);
        }
        else
        {
            plot.Axes.Bottom.TickGenerator = ticks;
            plot.Axes.SetLimitsX(-0.6, Count - 0.4);
        }
    }
}
