using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using PlanTracker.SampleData.Catalog;
using K = PlanTracker.SampleData.Catalog.StructureKind;

namespace PlanTracker.SampleData.Coteaux;

/// <summary>
/// The structures of the second, fictitious plan: twelve existing ones and five cooperatives created during the plan,
/// two of which then report jobs. Communes are given by their place in the plan file's list and axes by their
/// number: the names come from the plan file, never from here.
/// </summary>
public static class CoteauxCatalog
{
    // Name, commune (index in the plan file), axis, kind, weight, first quarter reporting (null = plan start), contract type given.
    private static readonly (string Name, int Commune, int Axis, K Kind, int Weight, string? Since, bool Contract)[] Existing =
    [
        ("Épicerie paysanne Le Panier des Coteaux", 0, 1, K.EpicerieSolidaire, 2, null, true),
        ("Cuisine centrale coopérative (SCIC)", 0, 1, K.Scic, 3, null, true),
        ("Boulangerie du Vieux-Bourg (SCOP)", 0, 2, K.Scop, 1, null, true),
        ("Les Jardins de la Vallée (chantier d'insertion)", 1, 1, K.ChantierInsertion, 3, null, true),
        ("Coteaux Entreprendre (CAE)", 1, 2, K.Cae, 2, null, true),
        ("Légumerie solidaire des Trois Vallons", 2, 1, K.ChantierInsertion, 2, null, true),
        ("Menuiserie des Trois Vallons (SCOP)", 2, 2, K.Scop, 3, null, true),
        ("Ressourcerie Le Grenier partagé", 3, 1, K.Recyclerie, 2, null, true),
        ("Aide à domicile Les Vallons (reprise en SCIC)", 3, 2, K.AideADomicile, 2, null, true),
        ("Marché de producteurs du Plateau", 4, 1, K.Association, 1, "2025-T1", false),
        ("Garage solidaire des Coteaux (SCIC)", 4, 2, K.Scic, 2, null, true),
        ("Transports Martin, repris en SCOP", 4, 2, K.Scop, 2, "2024-T4", true),
    ];

    // Name, commune (index), axis, form, quarter created, jobs at creation, quarter the SIRET is known (null = at
    // creation), kind and weight when it then reports jobs (null = it does not, in the sample).
    private static readonly (string Name, int Commune, int Axis, LegalForm Form, string Created, int? Jobs, string? SiretFrom, K? Reports, int Weight)[] Created =
    [
        ("Épicerie coopérative La Cagette", 1, 1, LegalForm.Scic, "2024-T4", 3, null, K.Scic, 1),
        ("Scierie Vallet, reprise par ses salariés", 4, 2, LegalForm.Scop, "2025-T2", 7, null, K.Scop, 2),
        ("Maraîchers associés du Plateau (SCIC)", 2, 1, LegalForm.Scic, "2025-T4", 2, "2026-T1", null, 0),
        ("Fromagerie coopérative des Vallons", 0, 1, LegalForm.OtherCooperative, "2026-T2", 4, null, null, 0),
        ("Atelier de couture repris en SCOP", 3, 2, LegalForm.Scop, "2026-T3", null, "2026-T4", null, 0),
    ];

    // Which ones get a SIRET starting with 0 (a number cell would silently drop it).
    private static readonly HashSet<int> LeadingZeroExisting = [6];

    public static SampleCatalog Build(Plan plan, Random random)
    {
        var communes = plan.Territory.Communes;
        var sirets = new SiretFactory(random);
        var structures = new List<EssStructure>();
        for (var i = 0; i < Existing.Length; i++)
        {
            var e = Existing[i];
            structures.Add(new EssStructure(
                e.Name, communes[e.Commune], plan.Territory.Axis(e.Axis), e.Kind, e.Weight,
                e.Since is null ? plan.FirstQuarter : Quarter.Parse(e.Since), sirets.Next(LeadingZeroExisting.Contains(i)),
                e.Contract, GivesFte: random.Next(100) >= 20));
        }

        var cooperatives = new List<SampleCooperative>();
        foreach (var c in Created)
        {
            var quarter = Quarter.Parse(c.Created);
            var date = quarter.FirstDay.AddDays(random.Next(quarter.LastDay.DayNumber - quarter.FirstDay.DayNumber + 1));
            var coop = new SampleCooperative(
                c.Name, communes[c.Commune], plan.Territory.Axis(c.Axis), c.Form, date, c.Jobs,
                sirets.Next(), c.SiretFrom is null ? quarter : Quarter.Parse(c.SiretFrom));
            cooperatives.Add(coop);
            if (c.Reports is { } kind)
            {
                // As in the default sample: first jobs the quarter after creation, once the SIRET is known.
                structures.Add(new EssStructure(
                    c.Name, coop.Commune, coop.Axis, kind, c.Weight, Quarter.Max(quarter.Next, coop.SiretKnownFrom),
                    coop.Siret, GivesContractType: true, GivesFte: true));
            }
        }

        return new SampleCatalog(structures, cooperatives);
    }
}
