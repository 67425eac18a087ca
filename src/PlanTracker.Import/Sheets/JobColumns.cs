namespace PlanTracker.Import.Sheets;

/// <summary>The jobs sheet, its columns and their aliases (docs/quarterly-file.md).</summary>
internal static class JobColumns
{
    public static readonly ColumnSpec Quarter = new(0, "Trimestre", "Quarter", true, "Trimestre", "Quarter", "Période");
    public static readonly ColumnSpec Siret = new(1, "SIRET", "SIRET", true, "SIRET", "N° SIRET");
    public static readonly ColumnSpec Structure = new(2, "Structure", "Structure", true, "Structure", "Nom de la structure", "Raison sociale");
    public static readonly ColumnSpec Commune = new(3, "Commune", "Commune", true, "Commune");
    public static readonly ColumnSpec Axis = new(4, "Axe", "Axis", true, "Axe", "Axis");
    public static readonly ColumnSpec Jobs = new(5, "Emplois créés", "Jobs created", true, "Emplois créés", "Emplois", "Jobs created");
    public static readonly ColumnSpec Fte = new(6, "ETP", "FTE", false, "ETP", "FTE");
    public static readonly ColumnSpec ContractType = new(7, "Type de contrat", "Contract type", false, "Type de contrat", "Contrat", "Contract type");
    public static readonly ColumnSpec Comment = new(8, "Commentaire", "Comment", false, "Commentaire", "Comment");
    public static readonly ColumnSpec Nature = new(9, "Nature", "Nature", false, "Nature", "Nature de l'emploi", "Nature des emplois", "Job nature");

    public static readonly TableSchema Schema = new(
        SheetKind.Jobs,
        "Emplois",
        "Jobs",
        ["Emplois", "Emplois créés", "Jobs"],
        [Quarter, Siret, Structure, Commune, Axis, Jobs, Fte, ContractType, Comment, Nature]);
}
