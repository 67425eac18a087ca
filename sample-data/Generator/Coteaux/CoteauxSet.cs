using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.SampleData.Figures;
using PlanTracker.SampleData.Workbooks;

namespace PlanTracker.SampleData.Coteaux;

/// <summary>
/// The sample of the second, fictitious plan (plans/coteaux.json): one workbook per quarter from the plan's first
/// quarter (2024-T3) to 2026-T3, written into plans/CODE/. 212 jobs where the linear trajectory expects 400 × 9/16 =
/// 225 (pace ≈ 0.94, on track) and 5 cooperatives where 4.5 are expected: a status unlike the default sample's.
/// </summary>
public static class CoteauxSet
{
    public const int Seed = 2028;

    /// <summary>The plan file, relative to the sample-data folder.</summary>
    public static string PlanFile { get; } = Path.Combine("plans", "coteaux.json");

    private static readonly int[] PerQuarter = [8, 12, 15, 18, 22, 26, 30, 36, 45];

    // Habits of whoever filled each quarter's file in, the first quarter first: the commune as an alias, a postal
    // code or in capitals, the axis as a number or a label.
    private static readonly FileStyle[] Styles =
    [
        new(),
        new(Commune: CommuneForm.Alias),
        new(Quarter: QuarterForm.QuarterFirst, Axis: AxisForm.CodeNumber),
        new(Commune: CommuneForm.PostalCode),
        new(Axis: AxisForm.FullLabel, FteAsFrenchText: true),
        new(Quarter: QuarterForm.DateCell, Commune: CommuneForm.Upper),
        new(Axis: AxisForm.CodeAndLabel, CreationDateAsText: true, Commune: CommuneForm.Alias),
        new(Axis: AxisForm.CodeText, Commune: CommuneForm.PostalCode),
        new(),
    ];

    /// <summary>The folder the workbooks go to, under the sample-data folder: plans/CODE.</summary>
    public static string Folder(Plan plan) => Path.Combine("plans", plan.Code);

    public static SampleSet Build(Plan plan)
    {
        var random = new Random(Seed);
        var catalog = CoteauxCatalog.Build(plan, random);
        var first = plan.FirstQuarter;
        // Fewer, smaller structures than the default sample's, and a network already used to reporting.
        var allocator = new JobAllocator(random, q => 0.45 + 0.03 * q.QuartersSince(first));
        var origin = WorkbookOrigin.For(plan);
        var curve = PerQuarter.Select((jobs, i) => (Quarter: first.AddQuarters(i), Jobs: jobs)).ToList();
        var workbooks = new List<WorkbookContent>();
        var finalJobs = new List<SampleJobLine>();
        for (var i = 0; i < curve.Count; i++)
        {
            var quarter = curve[i].Quarter;
            var lines = allocator.Allocate(catalog.Structures, quarter, curve[i].Jobs);
            finalJobs.AddRange(lines);
            workbooks.Add(new WorkbookContent(
                $"{quarter}-emplois-cooperatives.xlsx", quarter, quarter.LastDay.AddDays(20), Styles[i],
                lines, SampleSet.Listings(catalog, quarter), IsCorrection: false, origin));
        }

        return new SampleSet(plan, catalog, workbooks, finalJobs, curve.Select(c => (c.Quarter, c.Jobs)).ToList());
    }
}
