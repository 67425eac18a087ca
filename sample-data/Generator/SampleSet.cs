using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.SampleData.Catalog;
using PlanTracker.SampleData.Figures;
using PlanTracker.SampleData.Workbooks;

namespace PlanTracker.SampleData;

/// <summary>
/// A whole sample for one plan, its workbooks in import order (which is also the files' alphabetical order), and
/// the jobs each quarter must hold once they are all imported (<see cref="Curve"/>). <see cref="Build"/> makes the
/// default plan's: one workbook per quarter from 2024-T1 to 2026-T3 and a correction of 2025-T2.
/// </summary>
public sealed record SampleSet(
    Plan Plan,
    SampleCatalog Catalog,
    IReadOnlyList<WorkbookContent> Workbooks,
    IReadOnlyList<SampleJobLine> FinalJobs,
    IReadOnlyList<(Quarter Quarter, int Jobs)> Curve)
{
    public Quarter LastQuarter => Curve[^1].Quarter;

    public const int Seed = 2024;

    public static Quarter CorrectedQuarter { get; } = new(2025, 2);

    // Habits of whoever filled each quarter's file in, 2024-T1 first.
    private static readonly FileStyle[] Styles =
    [
        new(),
        new(Axis: AxisForm.CodeNumber),
        new(Quarter: QuarterForm.QuarterFirst),
        new(Axis: AxisForm.FullLabel, FteAsFrenchText: true),
        new(ShoutedBlancMesnil: true),
        new(Axis: AxisForm.CodeText),
        new(Axis: AxisForm.LabelPrefix, CreationDateAsText: true),
        new(Quarter: QuarterForm.DateCell),
        new(Axis: AxisForm.CodeAndLabel, PipelineColumns: true),
        new(PipelineColumns: true),
        new(Axis: AxisForm.CodeNumber, PipelineColumns: true),
    ];

    public static SampleSet Build()
    {
        var random = new Random(Seed);
        var catalog = SampleCatalog.Build(random);
        var allocator = new JobAllocator(random);
        var workbooks = new List<WorkbookContent>();
        var finalJobs = new List<SampleJobLine>();

        foreach (var quarter in JobCurve.Quarters())
        {
            var lines = allocator.Allocate(catalog.Structures, quarter, JobCurve.JobsIn(quarter));
            finalJobs.AddRange(lines);
            var style = Styles[quarter.QuartersSince(JobCurve.First)];
            var sentOn = quarter.LastDay.AddDays(15);
            var correction = quarter == CorrectedQuarter ? Correction.Make(lines, random) : null;

            var sent = correction?.AsFirstSent ?? lines;
            var listings = Listings(catalog, quarter);
            workbooks.Add(PipelineSample.Has(quarter)
                ? new WorkbookContent($"{quarter}-emplois-cooperatives.xlsx", quarter, sentOn, style,
                    PipelineSample.WithConsolidations(sent), PipelineSample.Listings(catalog, quarter, listings), IsCorrection: false)
                : new WorkbookContent($"{quarter}-emplois-cooperatives.xlsx", quarter, sentOn, style, sent, listings, IsCorrection: false));

            if (correction is not null)
            {
                // "rectificatif" sorts after "emplois-cooperatives" (and before the next quarter) in any collation.
                workbooks.Add(new WorkbookContent(
                    $"{quarter}-rectificatif.xlsx", quarter, sentOn.AddDays(21), style,
                    correction.Resent, [], IsCorrection: true));
            }
        }

        return new SampleSet(Plan.Default, catalog, workbooks, finalJobs, JobCurve.Quarters().Select(q => (q, JobCurve.JobsIn(q))).ToList());
    }

    /// <summary>Cooperatives created in the quarter, and those of earlier quarters whose SIRET just came.</summary>
    public static List<CooperativeListing> Listings(SampleCatalog catalog, Quarter quarter) =>
        catalog.Cooperatives
            .Where(c => c.Quarter == quarter || (c.Quarter < quarter && c.SiretKnownFrom == quarter))
            .OrderBy(c => c.CreationDate)
            .Select(c => new CooperativeListing(c, WithSiret: !c.IsPendingIn(quarter)))
            .ToList();
}
