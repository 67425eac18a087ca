namespace PlanTracker.Import.Sheets;

/// <summary>The cooperatives sheet, its columns and their aliases (docs/quarterly-file.md).</summary>
internal static class CooperativeColumns
{
    public static readonly ColumnSpec Name = new(0, "Nom", "Name", true, "Nom", "Nom de la coopérative", "Name");
    public static readonly ColumnSpec Siret = new(1, "SIRET", "SIRET", false, "SIRET", "N° SIRET");
    public static readonly ColumnSpec LegalForm = new(2, "Forme juridique", "Legal form", true, "Forme juridique", "Statut", "Legal form");
    public static readonly ColumnSpec CreationDate = new(3, "Date de création", "Creation date", true, "Date de création", "Date d'immatriculation", "Creation date");
    public static readonly ColumnSpec Commune = new(4, "Commune", "Commune", true, "Commune");
    public static readonly ColumnSpec Axis = new(5, "Axe", "Axis", true, "Axe", "Axis");
    public static readonly ColumnSpec JobsAtCreation = new(6, "Emplois à la création", "Jobs at creation", false, "Emplois à la création", "Jobs at creation");
    public static readonly ColumnSpec Origin = new(7, "Origine", "Origin", false, "Origine", "Origin");
    public static readonly ColumnSpec Stage = new(8, "Stade", "Stage", false, "Stade", "Étape", "Stage");
    public static readonly ColumnSpec CessationDate = new(9, "Date de cessation", "Cessation date", false, "Date de cessation", "Date de fermeture", "Cessation date");

    public static readonly TableSchema Schema = new(
        SheetKind.Cooperatives,
        "Coopératives",
        "Cooperatives",
        ["Coopératives", "Créations de coopératives", "Coops", "Cooperatives"],
        [Name, Siret, LegalForm, CreationDate, Commune, Axis, JobsAtCreation, Origin, Stage, CessationDate]);
}
