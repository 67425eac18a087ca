using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Web.Tests;

/// <summary>Quarterly workbooks built in code, as an officer fills the template, so that what each one tests is visible here.</summary>
public static class TestWorkbooks
{
    private static readonly object?[] JobHeaders = ["Trimestre", "SIRET", "Structure", "Commune", "Axe", "Emplois créés"];
    private static readonly object?[] CooperativeHeaders = ["Nom", "Forme juridique", "Date de création", "Commune", "Axe"];

    /// <summary>Two job lines (12 + 30 jobs in 2025) and one cooperative: the dashboard shows 42 jobs and 1 cooperative.</summary>
    public static byte[] Good() => new XlsxBuilder()
        .Sheet("Emplois", JobHeaders,
            ["2025-T1", Sirets.A, "Régie de quartier Sevran", "Sevran", "1", 12],
            ["2025-T2", Sirets.B, "Coop Drancy Services", "Drancy", "2", 30])
        .Edit("Emplois", SiretsAsText)
        .Sheet("Coopératives", CooperativeHeaders, ["SCIC Envol", "SCIC", "15/03/2025", "Dugny", "3"])
        .Build();

    /// <summary>
    /// After <see cref="Good"/>: 2025-T2's line corrected from 30 to 27 jobs, and 5 jobs in 2025-T3 — "corrige le T2 2025 :
    /// −3 emplois", 42 → 44 jobs at 2025-T3.
    /// </summary>
    public static byte[] Correction() => new XlsxBuilder()
        .Sheet("Emplois", JobHeaders,
            ["2025-T2", Sirets.B, "Coop Drancy Services", "Drancy", "2", 27],
            ["2025-T3", Sirets.A, "Régie de quartier Sevran", "Sevran", "1", 5])
        .Edit("Emplois", SiretsAsText)
        .Build();

    /// <summary>Row 2: an unknown commune; row 3: "12,5" jobs. Both errors must be reported, nothing stored.</summary>
    public static byte[] Bad() => new XlsxBuilder()
        .Sheet("Emplois", JobHeaders,
            ["2025-T1", Sirets.A, "Régie de quartier", "Paris 20e", "1", 3],
            ["2025-T1", Sirets.B, "Coop", "Drancy", "1", "12,5"])
        .Edit("Emplois", SiretsAsText)
        .Build();

    // The template formats the SIRET column as text, so that Excel keeps its leading zeros.
    private static void SiretsAsText(ClosedXML.Excel.IXLWorksheet jobs) => jobs.Column(2).Style.NumberFormat.Format = "@";
}
