using PlanTracker.Testing.Structures;

namespace PlanTracker.Testing.Workbooks;

/// <summary>
/// A small quarterly workbook for the second, fictitious plan (<see cref="Territories.Coteaux"/>): its communes typed
/// as officers would (an alias, a postal code, a spelling without hyphens), its two axes.
/// </summary>
public static class CoteauxWorkbook
{
    /// <summary>Jobs in 2025-T1: 12 (axis 1: 9, axis 2: 3); cooperatives: 2 (one per axis).</summary>
    public static byte[] Build(params object?[][] extraJobLines) =>
        new XlsxBuilder()
            .Sheet("Emplois",
            [
                JobRows.Header,
                JobRows.Line(siret: Sirets.A, structure: "Épicerie paysanne de Belcoteau", commune: "Belcoteau", axis: "1", jobs: 5, fte: 4.5),
                JobRows.Line(siret: Sirets.B, structure: "Les Paniers du Val", commune: "Valfleuri", axis: "Axe 1", jobs: 4, fte: 3),
                JobRows.Line(siret: Sirets.C, structure: "Menuiserie reprise en SCOP", commune: "99130", axis: "2", jobs: 3, fte: 3),
                .. extraJobLines,
            ])
            .Sheet("Coopératives",
            [
                CooperativeRows.Header,
                CooperativeRows.Line(name: "Coop des Coteaux", form: "SCIC", created: new DateOnly(2025, 2, 10), commune: "saint ambroise des vignes", axis: 1, jobs: 2),
                CooperativeRows.Line(name: "La Roche Reprise", form: "SCOP", created: new DateOnly(2025, 3, 3), commune: "La Roche-Haute", axis: "Accompagner les reprises", jobs: 6),
            ])
            .Build();
}
