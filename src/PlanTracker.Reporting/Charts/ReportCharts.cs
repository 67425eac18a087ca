using PlanTracker.Core.Progress;

namespace PlanTracker.Reporting.Charts;

/// <summary>The report's charts, in the order the report, the dashboard and the exports page show them.</summary>
public static class ReportCharts
{
    public static IReadOnlyList<Chart> All { get; } =
    [
        new JobsChart(),
        new CooperativesChart(),
        new AxisChart(),
        new CommuneChart(),
        new FlowChart(),
        new StageChart(),
        new ContractChart(),
    ];

    /// <summary>The chart whose file stem is <paramref name="fileStem"/> (as in an exports address), or null.</summary>
    public static Chart? Find(string? fileStem) => All.FirstOrDefault(c => c.FileStem == fileStem);

    /// <summary>Every chart of <paramref name="charts"/> (<see cref="All"/> by default) drawn, in order.</summary>
    /// <exception cref="ChartFontMissingException">The chart font is not installed.</exception>
    public static IReadOnlyList<RenderedChart> RenderAll(PlanSnapshot snapshot, ReportContext context, IReadOnlyList<Chart>? charts = null) =>
        (charts ?? All).Select(chart => chart.Render(snapshot, context)).ToList();
}
