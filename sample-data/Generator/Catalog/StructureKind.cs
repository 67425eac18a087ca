using PlanTracker.Core.Records;

namespace PlanTracker.SampleData.Catalog;

/// <summary>What an ESS structure is, which decides the contracts it hires on.</summary>
public enum StructureKind
{
    RegieDeQuartier,
    ChantierInsertion,
    EntrepriseInsertion,
    Recyclerie,
    EpicerieSolidaire,
    Association,
    AideADomicile,
    Scop,
    Scic,
    Cae,
    TiersLieu,
    GroupementEmployeurs,
}

public static class StructureKinds
{
    /// <summary>Relative odds of each contract type for one job created by this kind of structure.</summary>
    public static IReadOnlyList<(ContractType Type, int Weight)> ContractMix(this StructureKind kind) => kind switch
    {
        StructureKind.RegieDeQuartier => [(ContractType.Insertion, 60), (ContractType.Cdi, 25), (ContractType.Cdd, 15)],
        StructureKind.ChantierInsertion => [(ContractType.Insertion, 85), (ContractType.Cdi, 10), (ContractType.Cdd, 5)],
        StructureKind.EntrepriseInsertion => [(ContractType.Insertion, 55), (ContractType.Cdi, 25), (ContractType.Cdd, 20)],
        StructureKind.Recyclerie => [(ContractType.Insertion, 50), (ContractType.Cdi, 25), (ContractType.WorkStudy, 15), (ContractType.Cdd, 10)],
        StructureKind.EpicerieSolidaire => [(ContractType.Cdd, 40), (ContractType.Other, 35), (ContractType.Cdi, 25)],
        StructureKind.Association => [(ContractType.Cdi, 35), (ContractType.Cdd, 35), (ContractType.WorkStudy, 15), (ContractType.Other, 15)],
        StructureKind.AideADomicile => [(ContractType.Cdi, 55), (ContractType.Cdd, 40), (ContractType.WorkStudy, 5)],
        StructureKind.Scop => [(ContractType.Cdi, 75), (ContractType.WorkStudy, 15), (ContractType.Cdd, 10)],
        StructureKind.Scic => [(ContractType.Cdi, 55), (ContractType.Cdd, 30), (ContractType.WorkStudy, 15)],
        // Entrepreneurs-salariés of a CAE sign a CESA contract: "Autre" in the plan's list.
        StructureKind.Cae => [(ContractType.Other, 70), (ContractType.Cdi, 30)],
        StructureKind.TiersLieu => [(ContractType.Cdd, 40), (ContractType.Cdi, 30), (ContractType.WorkStudy, 30)],
        _ => [(ContractType.Cdi, 60), (ContractType.Cdd, 40)],
    };

    /// <summary>Share of a full-time post, in percent, that a job on this contract usually is (min, max).</summary>
    public static (int Min, int Max) FteRange(this ContractType type) => type switch
    {
        ContractType.Cdi => (80, 100),
        ContractType.Cdd => (50, 100),
        ContractType.Insertion => (57, 80), // CDDI: 20 to 28 hours a week
        ContractType.WorkStudy => (70, 100),
        ContractType.Other => (40, 90),
        _ => (60, 100),
    };

    /// <summary>Comments an officer or a structure writes next to a line.</summary>
    public static IReadOnlyList<string> Comments(this StructureKind kind) => kind switch
    {
        StructureKind.RegieDeQuartier => ["Marché d'entretien des parties communes avec le bailleur", "Renfort propreté pour l'été", "Nouvelle équipe de médiation de proximité"],
        StructureKind.ChantierInsertion => ["Nouvelle équipe espaces verts", "Chantier de rénovation d'un gymnase", "Sorties vers l'emploi suivies par France Travail"],
        StructureKind.EntrepriseInsertion => ["Clause d'insertion d'un marché public", "Nouveau client logistique à Roissy"],
        StructureKind.Recyclerie => ["Ouverture d'une seconde boutique", "Collecte d'encombrants avec la commune", "Atelier de réparation de vélos"],
        StructureKind.EpicerieSolidaire => ["Contrat PEC (parcours emploi compétences)", "Extension des horaires d'ouverture"],
        StructureKind.Scop => ["Sociétariat proposé aux nouveaux salariés", "Reprise d'activité d'un artisan partant à la retraite"],
        StructureKind.Scic => ["Nouveau collège de sociétaires : la commune", "Développement de l'activité traiteur"],
        StructureKind.Cae => ["Entrepreneurs-salariés (CESA)"],
        _ => ["Recrutement accompagné par France Travail", "Poste financé par le Fonds de développement de la vie associative", "Lauréat de l'appel à projets ESS"],
    };
}
