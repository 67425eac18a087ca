using System.Globalization;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;
using PlanTracker.SampleData.Checking;

namespace PlanTracker.SampleData;

/// <summary>Prints what the sample holds and what the dashboard should show once it is imported.</summary>
public static class Summary
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void Print(SampleSet set, ImportReplay replay, TextWriter output)
    {
        var plan = set.Plan;
        output.WriteLine("Fichiers, dans l'ordre d'import (= ordre alphabétique)");
        output.WriteLine($"{"fichier",-36} {"trimestre",-9} {"lignes emplois",14} {"emplois",8} {"lignes coop.",12}");
        foreach (var w in set.Workbooks)
        {
            output.WriteLine($"{w.FileName,-36} {w.Quarter,-9} {w.Jobs.Count,14} {w.JobsTotal,8} {w.Cooperatives.Count,12}");
        }

        output.WriteLine();
        var corrections = set.Workbooks.Where(w => w.IsCorrection).ToList();
        output.WriteLine(corrections.Count == 0
            ? "Après import de tous les fichiers, dans cet ordre"
            : $"Après import de tous les fichiers, dans cet ordre (le rectificatif remplace {corrections.Sum(w => w.Jobs.Count)} lignes de {corrections[0].Quarter})");
        output.WriteLine($"{"trimestre",-9} {"emplois",8} {"cumul",6} {"attendu",8} {"rythme",7} {"statut",-20} {"coop.",6} {"attendu",8}");
        var cumulative = 0;
        foreach (var (quarter, _) in set.Curve)
        {
            cumulative += replay.JobsIn(quarter);
            var expected = Trajectory.Expected(plan, Indicator.Jobs, quarter, plan.Target(Indicator.Jobs));
            var pace = cumulative / expected;
            var coops = replay.CooperativesUpTo(quarter);
            var expectedCoops = Trajectory.Expected(plan, Indicator.Cooperatives, quarter, plan.Target(Indicator.Cooperatives));
            output.WriteLine(string.Format(
                French,
                "{0,-9} {1,8} {2,6} {3,8:0.0} {4,7:0.00} {5,-20} {6,6} {7,8:0.0}",
                quarter, replay.JobsIn(quarter), cumulative, expected, pace,
                plan.Thresholds.Classify(pace).Label("fr"), coops, expectedCoops));
        }

        output.WriteLine();
        output.WriteLine($"Structures : {set.Catalog.Structures.Count} déclarent des emplois ; {set.Catalog.Cooperatives.Count} coopératives créées.");
        Breakdown(output, "Emplois par axe", replay.Jobs.GroupBy(l => l.Axis.ShortName("fr")));
        Breakdown(output, "Emplois par commune", replay.Jobs.GroupBy(l => l.Commune.Name));
        Breakdown(output, "Emplois par type de contrat", replay.Jobs.GroupBy(l => l.ContractType.Label()));
        Breakdown(output, "Coopératives par commune", replay.Cooperatives.Where(c => c.Counts).GroupBy(c => c.Commune.Name), g => g.Count());
        output.WriteLine($"À côté (jamais ajoutés) : {replay.ConsolidatedJobs} emplois consolidés ; "
            + $"{replay.Cooperatives.Count(c => !c.Counts)} projet(s) de coopérative en cours ; "
            + $"{replay.Cooperatives.Count(c => c.Ceased is not null)} coopérative(s) ayant cessé.");
    }

    private static void Breakdown<T>(TextWriter output, string title, IEnumerable<IGrouping<string, T>> groups, Func<IGrouping<string, T>, int>? measure = null)
    {
        measure ??= g => g.Sum(item => item is ReadJobLine line ? line.Jobs : 1);
        output.WriteLine($"{title} : " + string.Join(", ", groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {measure(g)}")));
    }
}
