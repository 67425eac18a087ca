using PlanTracker.Core.Notes;
using PlanTracker.Core.Periods;
using PlanTracker.Data;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Plans;

namespace PlanTracker.Cli.Demo;

/// <summary>
/// The notes the demo writes for the as-of quarter, so that the dashboard, report.html, the export and the status show
/// them: the quarter's note in two versions (the first one stays in its history) and one axis's note.
/// </summary>
public static class DemoNotes
{
    public const string Author = "demo";

    public static async Task AddAsync(PlanTrackerDatabase database, PlanRef plan, Quarter quarter, TimeProvider time, CancellationToken cancellationToken)
    {
        var store = new QuarterNoteStore(database, plan.Id, time);
        await store.AddAsync(quarter, null, Assessment.AtRisk,
            "Premier jet : les chiffres de deux structures manquent encore.", Author, cancellationToken);
        await store.AddAsync(quarter, null, Assessment.OnTrack,
            "Les créations d'emplois ralentissent ce trimestre, surtout en insertion.\n"
            + "Les coopératives suivent la trajectoire : deux projets d'amorçage ont abouti.\n"
            + "Priorité du trimestre prochain : relancer les structures qui n'ont pas transmis leurs chiffres.",
            Author, cancellationToken);
        await store.AddAsync(quarter, 2, Assessment.AtRisk,
            "Deux chantiers d'insertion ont reporté leurs embauches au printemps : l'axe prend du retard.", Author, cancellationToken);
    }
}
