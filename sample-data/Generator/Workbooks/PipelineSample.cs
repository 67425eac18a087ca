using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.SampleData.Catalog;
using PlanTracker.SampleData.Figures;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>
/// What the default sample's files of 2026 add with the optional columns, chosen rather than drawn so that every
/// other value (and the headline figures: 540 jobs, 12 cooperatives) stays what it was: consolidated jobs beside
/// created ones, the origin of each cooperative, a project in support in 2026-T1 that registers in 2026-T3, a project
/// still in support at the end, and a cooperative that ceased.
/// </summary>
public static class PipelineSample
{
    public static Quarter From { get; } = new(2026, 1);

    private const string RegistersLater = "Coopérative d'habitants du Vieux-Pays";
    private const string Ceases = "Atelier couture du Vert-Galant";
    private static readonly DateOnly CeasedOn = new(2026, 5, 31);

    public static bool Has(Quarter quarter) => quarter >= From;

    /// <summary>The quarter's lines with, after each of its first three CDI lines, the jobs that structure consolidated.</summary>
    public static List<SampleJobLine> WithConsolidations(IReadOnlyList<SampleJobLine> lines)
    {
        var result = new List<SampleJobLine>();
        var added = 0;
        foreach (var line in lines)
        {
            result.Add(line);
            if (added < 3 && line.ContractType == ContractType.Cdi)
            {
                result.Add(line with { Jobs = 1 + added % 2, Fte = null, Comment = "Postes pérennisés", Nature = JobNature.Consolidation });
                added++;
            }
        }

        return result;
    }

    /// <summary>The quarter's usual listings, then the projects and the cessation that quarter's file reports.</summary>
    public static List<CooperativeListing> Listings(SampleCatalog catalog, Quarter quarter, IReadOnlyList<CooperativeListing> usual)
    {
        var registersLater = catalog.Cooperatives.Single(c => c.Name == RegistersLater);
        var result = usual
            .Select(l => l.Cooperative == registersLater ? l with { StageWritten = true } : l)
            .ToList();
        if (quarter == registersLater.Quarter.AddQuarters(-2))
        {
            result.Add(new CooperativeListing(registersLater, WithSiret: false, CooperativeStage.InSupport));
        }

        if (quarter == new Quarter(2026, 2))
        {
            result.Add(new CooperativeListing(StillInSupport(catalog), WithSiret: false, CooperativeStage.Project));
            result.Add(new CooperativeListing(catalog.Cooperatives.Single(c => c.Name == Ceases), WithSiret: true, Ceased: CeasedOn));
        }

        if (quarter == new Quarter(2026, 3))
        {
            result.Add(new CooperativeListing(StillInSupport(catalog), WithSiret: false, CooperativeStage.InSupport));
        }

        return result;
    }

    // Never registered in the sample: not in the catalog, whose cooperatives are the ones created. Its creation date
    // and SIRET are never written.
    private static SampleCooperative StillInSupport(SampleCatalog catalog)
    {
        var like = catalog.Cooperatives.Single(c => c.Name == Ceases);
        return new SampleCooperative("Garage solidaire de la Haie-Bertrand", like.Commune, like.Axis, LegalForm.Scic, default, null, "",
            new Quarter(2030, 4), CooperativeOrigin.CompanyTakeover);
    }
}
