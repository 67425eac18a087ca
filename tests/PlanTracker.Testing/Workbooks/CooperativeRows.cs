namespace PlanTracker.Testing.Workbooks;

/// <summary>Rows of a cooperatives sheet: header and a valid line to spoil field by field (null keeps the default).</summary>
public static class CooperativeRows
{
    // A Nom, B SIRET, C Forme juridique, D Date de création, E Commune, F Axe, G Emplois à la création
    public static readonly object?[] Header =
        ["Nom *", "SIRET", "Forme juridique *", "Date de création *", "Commune *", "Axe *", "Emplois à la création"];

    public static object?[] Line(
        object? name = null,
        object? siret = null,
        object? form = null,
        object? created = null,
        object? commune = null,
        object? axis = null,
        object? jobs = null) =>
        [name ?? "Coop'Envol", siret, form ?? "SCIC", created ?? new DateOnly(2025, 3, 31), commune ?? "Drancy", axis ?? 3, jobs ?? 4];

    public static byte[] Workbook(params object?[][] lines) => new XlsxBuilder().Sheet("Coopératives", [Header, .. lines]).Build();
}
