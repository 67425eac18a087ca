using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using K = PlanTracker.SampleData.Catalog.StructureKind;

namespace PlanTracker.SampleData.Catalog;

/// <summary>
/// The ESS structures of the sample (38 existing ones and the 12 cooperatives created during the plan, 7 of which
/// then report jobs): names made up in the style of the territory, except the three the source article cites.
/// </summary>
public sealed record SampleCatalog(IReadOnlyList<EssStructure> Structures, IReadOnlyList<SampleCooperative> Cooperatives)
{
    private static readonly PlanTerritory Territory = Core.Plans.Plan.Default.Territory;

    private static readonly Quarter PlanStart = new(2024, 1);

    // Name, commune, axis, kind, weight, first quarter reporting (null = plan start), contract type given.
    private static readonly (string Name, string Commune, int Axis, K Kind, int Weight, string? Since, bool Contract)[] Existing =
    [
        ("Régie de quartier d'Aulnay-sous-Bois", "Aulnay-sous-Bois", 2, K.RegieDeQuartier, 5, null, true),
        ("Les Jardins du Sausset (chantier d'insertion)", "Aulnay-sous-Bois", 2, K.ChantierInsertion, 3, null, true),
        ("Ressourcerie La Fabrique à Neuf", "Aulnay-sous-Bois", 3, K.Recyclerie, 3, null, true),
        ("Épicerie solidaire Le Panier des 3000", "Aulnay-sous-Bois", 2, K.EpicerieSolidaire, 1, null, true),
        ("Bâti-Nord Coopérative (SCOP)", "Aulnay-sous-Bois", 2, K.Scop, 3, null, true),
        ("Aulnay Médiation Sociale", "Aulnay-sous-Bois", 2, K.Association, 2, null, true),
        ("PTCE Terres d'Envol Solidaires", "Aulnay-sous-Bois", 1, K.Association, 1, "2024-T3", true),
        ("Régie de quartier de Drancy", "Drancy", 2, K.RegieDeQuartier, 4, null, true),
        ("Épicerie solidaire L'Avenir", "Drancy", 2, K.EpicerieSolidaire, 1, null, false),
        ("Drancy Propreté Services (entreprise d'insertion)", "Drancy", 2, K.EntrepriseInsertion, 3, null, true),
        ("La Cantine des Quartiers (SCIC)", "Drancy", 3, K.Scic, 2, null, true),
        ("Crèche associative Les P'tits Loups", "Drancy", 2, K.Association, 2, null, true),
        ("La Recyclerie sportive", "Dugny", 3, K.Recyclerie, 2, null, true),
        ("Les Jardiniers du Parc (chantier d'insertion)", "Dugny", 2, K.ChantierInsertion, 2, null, true),
        ("Dugny Solidarité Seniors", "Dugny", 2, K.AideADomicile, 1, null, true),
        ("Tiers-lieu L'Escale", "Dugny", 1, K.TiersLieu, 1, "2024-T2", true),
        ("Maison de santé La Force d'Épione", "Le Blanc-Mesnil", 2, K.Association, 1, null, true),
        ("Régie de quartier du Blanc-Mesnil", "Le Blanc-Mesnil", 2, K.RegieDeQuartier, 4, null, true),
        ("Atelier vélo solidaire du Blanc-Mesnil", "Le Blanc-Mesnil", 3, K.Association, 1, null, false),
        ("Mesnil Numérique (SCOP)", "Le Blanc-Mesnil", 2, K.Scop, 2, null, true),
        ("Ressourcerie du Bourget", "Le Bourget", 3, K.Recyclerie, 2, null, true),
        ("Envol Insertion Aéroportuaire", "Le Bourget", 2, K.EntrepriseInsertion, 2, null, true),
        ("Épicerie solidaire du Bourget", "Le Bourget", 2, K.EpicerieSolidaire, 1, null, true),
        ("Régie de quartier de Sevran", "Sevran", 2, K.RegieDeQuartier, 4, null, true),
        ("Ferme urbaine de Sevran (chantier d'insertion)", "Sevran", 2, K.ChantierInsertion, 2, null, true),
        ("Les Beaudottes Solidaires", "Sevran", 2, K.Association, 1, null, false),
        ("Sevran Bâtiment Durable (entreprise d'insertion)", "Sevran", 2, K.EntrepriseInsertion, 2, null, true),
        ("Incubateur ESS Terres d'Envol", "Sevran", 1, K.Association, 1, "2024-T2", true),
        ("Régie de quartier de Tremblay-en-France", "Tremblay-en-France", 2, K.RegieDeQuartier, 5, null, true),
        ("Tremblay Aide à Domicile", "Tremblay-en-France", 2, K.AideADomicile, 2, null, true),
        ("Les Ateliers du Vieux-Pays (SCOP)", "Tremblay-en-France", 2, K.Scop, 2, null, true),
        ("Groupement d'employeurs Envol Solidaire", "Tremblay-en-France", 3, K.GroupementEmployeurs, 2, null, true),
        ("Potager solidaire du Vert-Galant", "Tremblay-en-France", 3, K.ChantierInsertion, 1, null, true),
        ("Régie de quartier de Villepinte", "Villepinte", 2, K.RegieDeQuartier, 3, null, true),
        ("Épicerie solidaire de Villepinte", "Villepinte", 2, K.EpicerieSolidaire, 1, null, true),
        ("Villepinte Espaces Verts Insertion", "Villepinte", 2, K.ChantierInsertion, 2, null, true),
        ("Villepinte Numérique Solidaire", "Villepinte", 1, K.Association, 1, null, true),
        ("Énergies Citoyennes Terres d'Envol (SCIC)", "Villepinte", 3, K.Scic, 1, null, true),
    ];

    // Name, commune, axis, form, quarter created, jobs at creation, quarter the SIRET is known (null = at creation),
    // kind and weight when it then reports jobs (null = it does not, in the sample).
    private static readonly (string Name, string Commune, int Axis, LegalForm Form, string Created, int? Jobs, string? SiretFrom, K? Reports, int Weight)[] Created =
    [
        ("Boulangerie coopérative du Galion", "Aulnay-sous-Bois", 1, LegalForm.Scop, "2024-T1", 4, null, K.Scop, 2),
        ("Cantine solidaire du Bourget", "Le Bourget", 3, LegalForm.Scic, "2024-T2", 5, null, K.Scic, 2),
        ("Les Toits de Sevran", "Sevran", 3, LegalForm.HousingCooperative, "2024-T3", 0, null, null, 0),
        ("Envol Entreprendre", "Le Blanc-Mesnil", 1, LegalForm.Cae, "2024-T4", 3, null, K.Cae, 2),
        ("Mobilités douces Terres d'Envol", "Tremblay-en-France", 3, LegalForm.Scic, "2025-T1", 2, null, K.Scic, 1),
        ("Net'Envol Propreté", "Drancy", 2, LegalForm.Scop, "2025-T2", 6, null, K.Scop, 2),
        ("Coopérative artisanale des métiers du bâtiment", "Villepinte", 3, LegalForm.OtherCooperative, "2025-T2", null, null, null, 0),
        ("Le Réemploi dugnysien", "Dugny", 3, LegalForm.Scic, "2025-T3", 3, "2026-T1", K.Scic, 1),
        ("Atelier couture du Vert-Galant", "Villepinte", 2, LegalForm.Scop, "2025-T4", 4, null, null, 0),
        ("Tiers-lieu L'Envolée", "Drancy", 1, LegalForm.Scic, "2026-T1", 2, null, K.Scic, 1),
        ("Cyclo-logistique du Blanc-Mesnil", "Le Blanc-Mesnil", 3, LegalForm.Scop, "2026-T2", 3, null, null, 0),
        ("Coopérative d'habitants du Vieux-Pays", "Tremblay-en-France", 3, LegalForm.HousingCooperative, "2026-T3", null, "2026-T4", null, 0),
    ];

    // How each one came about, in the order above (about the federation's split: mostly new creations, then converted
    // associations, companies handed over to their employees, a rescue take-over). Chosen, not drawn: the random draw
    // of every other value stays what it was.
    private static readonly CooperativeOrigin[] Origins =
    [
        CooperativeOrigin.Creation, CooperativeOrigin.Creation, CooperativeOrigin.AssociationConversion, CooperativeOrigin.Creation,
        CooperativeOrigin.Creation, CooperativeOrigin.EmployeeTransfer, CooperativeOrigin.CompanyTakeover, CooperativeOrigin.AssociationConversion,
        CooperativeOrigin.Creation, CooperativeOrigin.Creation, CooperativeOrigin.EmployeeTransfer, CooperativeOrigin.Creation,
    ];

    // Which ones get a SIRET starting with 0 (a number cell would silently drop it).
    private static readonly HashSet<int> LeadingZeroExisting = [3, 16, 27];
    private static readonly HashSet<int> LeadingZeroCreated = [5];

    public static SampleCatalog Build(Random random)
    {
        var sirets = new SiretFactory(random);
        var structures = new List<EssStructure>();
        for (var i = 0; i < Existing.Length; i++)
        {
            var e = Existing[i];
            structures.Add(new EssStructure(
                e.Name, Territory.CommuneOrNamed(e.Commune), Territory.Axis(e.Axis), e.Kind, e.Weight,
                e.Since is null ? PlanStart : Quarter.Parse(e.Since), sirets.Next(LeadingZeroExisting.Contains(i)),
                e.Contract, GivesFte: random.Next(100) >= 15));
        }

        var cooperatives = new List<SampleCooperative>();
        for (var i = 0; i < Created.Length; i++)
        {
            var c = Created[i];
            var quarter = Quarter.Parse(c.Created);
            var date = quarter.FirstDay.AddDays(random.Next(quarter.LastDay.DayNumber - quarter.FirstDay.DayNumber + 1));
            var coop = new SampleCooperative(
                c.Name, Territory.CommuneOrNamed(c.Commune), Territory.Axis(c.Axis), c.Form, date, c.Jobs,
                sirets.Next(LeadingZeroCreated.Contains(i)), c.SiretFrom is null ? quarter : Quarter.Parse(c.SiretFrom), Origins[i]);
            cooperatives.Add(coop);
            if (c.Reports is { } kind)
            {
                // A new cooperative reports its first jobs the quarter after it is created, once its SIRET is known.
                structures.Add(new EssStructure(
                    c.Name, coop.Commune, coop.Axis, kind, c.Weight, Quarter.Max(quarter.Next, coop.SiretKnownFrom),
                    coop.Siret, GivesContractType: true, GivesFte: true));
            }
        }

        return new SampleCatalog(structures, cooperatives);
    }
}
