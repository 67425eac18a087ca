using PlanTracker.Core.Periods;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;
using PlanTracker.Core.Text;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Emplois par type de contrat: in each quarter, the jobs created stacked by contract type, and beside them (a second,
/// grey bar) the jobs consolidated, which the indicator never adds.
/// </summary>
public sealed class ContractChart() : Chart("emplois-par-contrat", "Emplois par type de contrat", "Jobs by contract type")
{
    private const double Width = 0.4;

    protected override void Draw(Plot plot, PlanSnapshot snapshot, ReportContext context)
    {
        var lang = context.Lang;
        var plan = snapshot.Plan;
        ChartFrame.AxisLabels(plot,
            Localized.Text(lang, "Trimestre", "Quarter"),
            Localized.Text(lang, "Emplois du trimestre", "Jobs in the quarter"));

        var quarters = Quarters(snapshot);
        var jobs = Jobs(snapshot);
        var baseline = new double[quarters.Count];
        foreach (var type in Types(jobs))
        {
            var bars = quarters.Select((q, i) =>
            {
                var value = (double)Created(jobs, q, type);
                var bar = new Bar { Position = i - (Width / 2), ValueBase = baseline[i], Value = baseline[i] + value, FillColor = Palette.Contract(type), LineWidth = 0, Size = Width };
                baseline[i] += value;
                return bar;
            }).ToList();
            plot.Add.Bars(bars).LegendText = Localized.Text(lang, $"Créés — {type.Label(lang)}", $"Created — {type.Label(lang)}");
        }

        var consolidated = quarters.Select((q, i) => new Bar
        {
            Position = i + (Width / 2),
            Value = Consolidated(jobs, q),
            FillColor = Palette.Consolidation,
            LineWidth = 0,
            Size = Width,
        }).ToList();
        plot.Add.Bars(consolidated).LegendText = Localized.Text(lang, "Consolidés (à part, tous contrats)", "Consolidated (apart, all contracts)");

        var top = Math.Max(baseline.DefaultIfEmpty(0).Max(), consolidated.Select(b => b.Value).DefaultIfEmpty(0).Max());
        plot.Axes.SetLimitsY(0, Math.Max(5, top * 1.15));
        plot.Axes.SetLimitsX(-0.7, plan.QuarterCount - 0.3);
        plot.Axes.Bottom.TickGenerator = TickFormats.Quarters(plan, lang);
        plot.Axes.Left.TickGenerator = TickFormats.Counts(lang);
    }

    public override string Describe(PlanSnapshot snapshot, string lang)
    {
        var figures = PipelineFigures.Compute(snapshot.Plan, snapshot.AsOf, snapshot.Pipeline);
        var created = figures.Jobs.Created;
        var parts = figures.ByContractType.Where(c => c.Totals.Created > 0)
            .Select(c => $"{c.ContractType.Label(lang)} {N(c.Totals.Created, lang)}" + (created > 0 ? $" ({Display.Percent((decimal)c.Totals.Created / created, 0, lang)})" : ""));
        return Localized.Text(lang,
            $"Emplois par trimestre et par type de contrat, consolidations à côté. Cumul au {snapshot.AsOf.ToDisplay(lang)} : {N(created, lang)} créés ({string.Join(", ", parts)}) ; {N(figures.Jobs.Consolidated, lang)} consolidés, comptés à part.",
            $"Jobs per quarter and contract type, consolidations beside them. Cumulative as of {snapshot.AsOf.ToDisplay(lang)}: {N(created, lang)} created ({string.Join(", ", parts)}); {N(figures.Jobs.Consolidated, lang)} consolidated, counted apart.");
    }

    public override ChartTable Table(PlanSnapshot snapshot, string lang)
    {
        var jobs = Jobs(snapshot);
        var types = Types(jobs);
        var headers = new List<string> { Localized.Text(lang, "Trimestre", "Quarter") };
        headers.AddRange(types.Select(t => t.Label(lang)));
        headers.AddRange([Localized.Text(lang, "Total créés", "Total created"), Localized.Text(lang, "ETP créés", "FTE created"),
            Localized.Text(lang, "Consolidés", "Consolidated"), Localized.Text(lang, "ETP consolidés", "FTE consolidated")]);
        var rows = Quarters(snapshot).Select(q =>
        {
            var inQuarter = jobs.Where(j => j.Quarter == q).ToList();
            var totals = JobTotals.Of(inQuarter);
            var row = new List<string> { q.ToDisplay(lang) };
            row.AddRange(types.Select(t => N(Created(jobs, q, t), lang)));
            row.AddRange([N(totals.Created, lang), Display.Number(totals.CreatedFte, 1, lang), N(totals.Consolidated, lang), Display.Number(totals.ConsolidatedFte, 1, lang)]);
            return (IReadOnlyList<string>)row;
        }).ToList();
        var caption = Localized.Text(lang,
            "Emplois créés par trimestre et par type de contrat ; consolidations à part, jamais ajoutées",
            "Jobs created per quarter and contract type; consolidations apart, never added");
        return new ChartTable(caption, headers, rows, headers.Select((_, i) => i > 0).ToList());
    }

    private static List<Quarter> Quarters(PlanSnapshot snapshot) => snapshot.Plan.Quarters().Where(q => q <= snapshot.AsOf).ToList();

    private static List<JobBreakdown> Jobs(PlanSnapshot snapshot) => snapshot.Pipeline.Jobs.Where(j => j.Quarter <= snapshot.AsOf).ToList();

    /// <summary>The contract types that have created jobs, in the enum's order; CDI alone when there are none, so that the table has a column.</summary>
    private static List<ContractType> Types(List<JobBreakdown> jobs)
    {
        var types = jobs.Where(j => j.Nature == JobNature.Creation && j.Jobs != 0).Select(j => j.ContractType).Distinct().Order().ToList();
        return types.Count > 0 ? types : [ContractType.Cdi];
    }

    private static int Created(List<JobBreakdown> jobs, Quarter quarter, ContractType type) =>
        jobs.Where(j => j.Quarter == quarter && j.ContractType == type && j.Nature == JobNature.Creation).Sum(j => j.Jobs);

    private static double Consolidated(List<JobBreakdown> jobs, Quarter quarter) =>
        jobs.Where(j => j.Quarter == quarter && j.Nature == JobNature.Consolidation).Sum(j => j.Jobs);

    private static string N(int value, string lang) => Display.Number((decimal)value, 0, lang);
}
