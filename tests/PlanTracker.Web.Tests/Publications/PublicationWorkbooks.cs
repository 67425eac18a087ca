using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Web.Tests.Publications;

/// <summary>A correction of <see cref="TestWorkbooks.Good"/>: its 2025-T2 line of axis 2 in Drancy goes from 30 to 42 jobs (+12).</summary>
public static class PublicationWorkbooks
{
    public const string CorrectedName = "drancy-T2-corrige.xlsx";

    public static byte[] Corrected() => new XlsxBuilder()
        .Sheet("Emplois", ["Trimestre", "SIRET", "Structure", "Commune", "Axe", "Emplois créés"],
            ["2025-T2", Sirets.B, "Coop Drancy Services", "Drancy", "2", 42])
        .Edit("Emplois", jobs => jobs.Column(2).Style.NumberFormat.Format = "@")
        .Build();
}
