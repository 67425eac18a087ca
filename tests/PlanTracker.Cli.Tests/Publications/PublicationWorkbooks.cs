using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Cli.Tests.Publications;

/// <summary>
/// The quarter published, then corrected: 20 jobs in Drancy (axis 2) and 5 in Sevran (axis 1) in 2026-T2, then a
/// corrected file that brings Drancy's line to 32 (+12), and a later quarter's file that must not count.
/// </summary>
public static class PublicationWorkbooks
{
    public const string Corrected = "drancy-T2-corrige.xlsx";

    public static void Write(CliRun cli)
    {
        File.WriteAllBytes(Path.Combine(cli.Folder, "t2.xlsx"), JobRows.Workbook(
            JobRows.Line("2026-T2", Sirets.A, "Coop Drancy Services", "Drancy", "2", 20),
            JobRows.Line("2026-T2", Sirets.B, "Régie de quartier de Sevran", "Sevran", "1", 5)));
        File.WriteAllBytes(Path.Combine(cli.Folder, Corrected), JobRows.Workbook(
            JobRows.Line("2026-T2", Sirets.A, "Coop Drancy Services", "Drancy", "2", 32)));
        File.WriteAllBytes(Path.Combine(cli.Folder, "t4.xlsx"), JobRows.Workbook(
            JobRows.Line("2026-T4", Sirets.B, "Régie de quartier de Sevran", "Sevran", "1", 9)));
    }
}
