using PlanTracker.Testing.Structures;

namespace PlanTracker.Testing.Workbooks;

/// <summary>
/// Rows of a jobs sheet: the template's header and a valid line whose fields a test can spoil one by one
/// (null keeps the default, <see cref="Blank.Cell"/> empties the cell).
/// </summary>
public static class JobRows
{
    // A Trimestre, B SIRET, C Structure, D Commune, E Axe, F Emplois créés, G ETP, H Type de contrat, I Commentaire
    public static readonly object?[] Header = [.. RawWorkbook.JobsHeaders];

    public static object?[] Line(
        object? quarter = null,
        object? siret = null,
        object? structure = null,
        object? commune = null,
        object? axis = null,
        object? jobs = null,
        object? fte = null,
        object? contract = null,
        object? comment = null) =>
        [
            quarter ?? "2025-T1", siret ?? Sirets.A, structure ?? "Régie de quartier de Sevran", commune ?? "Sevran", axis ?? "1",
            jobs ?? 3, fte ?? 2.5, contract ?? "CDI", comment,
        ];

    /// <summary>A workbook with one "Emplois" sheet: header on row 1, the lines below.</summary>
    public static byte[] Workbook(params object?[][] lines) => new XlsxBuilder().Sheet("Emplois", [Header, .. lines]).Build();
}
