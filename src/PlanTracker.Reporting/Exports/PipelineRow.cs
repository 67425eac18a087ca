using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Records;

namespace PlanTracker.Reporting.Exports;

/// <summary>
/// One line of the Pipeline sheet: a figure of the pipeline and job quality (docs/figures.md), in a long table that a
/// filter on <see cref="Section"/> narrows to one breakdown.
/// </summary>
internal sealed record PipelineRow(string Section, string Item, decimal? Value, string Format, decimal? Fte = null)
{
    public static IEnumerable<PipelineRow> From(PipelineFigures f)
    {
        yield return Jobs("Emplois par nature", "Créations (l'indicateur)", f.Jobs.Created, f.Jobs.CreatedFte);
        yield return Jobs("Emplois par nature", "Consolidations (à part)", f.Jobs.Consolidated, f.Jobs.ConsolidatedFte);
        foreach (var c in f.ByContractType)
        {
            yield return Jobs("Emplois créés par type de contrat", c.ContractType.Label(), c.Totals.Created, c.Totals.CreatedFte);
        }

        foreach (var c in f.ByContractType)
        {
            yield return Jobs("Emplois consolidés par type de contrat", c.ContractType.Label(), c.Totals.Consolidated, c.Totals.ConsolidatedFte);
        }

        foreach (var o in f.ByOrigin)
        {
            yield return Count("Coopératives immatriculées par origine", o.Key?.Label() ?? "non précisée", o.Count);
        }

        foreach (var l in f.ByLegalForm)
        {
            yield return Count("Coopératives immatriculées par forme juridique", l.Key.Label(), l.Count);
        }

        yield return Count("Vivier", CooperativeStage.Project.Label(), f.Projects);
        yield return Count("Vivier", CooperativeStage.InSupport.Label(), f.InSupport);
        foreach (var a in f.ByAxis)
        {
            yield return Count($"Vivier — axe {a.Key} — {a.Label}", CooperativeStage.Project.Label(), a.Projects);
            yield return Count($"Vivier — axe {a.Key} — {a.Label}", CooperativeStage.InSupport.Label(), a.InSupport);
        }

        foreach (var c in f.ByCommune)
        {
            yield return Count($"Vivier — {c.Label}", CooperativeStage.Project.Label(), c.Projects);
            yield return Count($"Vivier — {c.Label}", CooperativeStage.InSupport.Label(), c.InSupport);
        }

        var s = f.Survival;
        yield return Count("Survie", "Coopératives immatriculées", s.Registered);
        yield return Count("Survie", "Actives à la fin du trimestre", s.Active);
        yield return Count("Survie", $"Créées il y a {Survival.Years} ans ou plus", s.CreatedLongAgo);
        yield return Count("Survie", "… dont toujours actives", s.StillActive);
        yield return new PipelineRow("Survie", "Part toujours active", s.Rate, Cell.Percent);

        var p = f.Forecast;
        const string forecast = "Prévision par le vivier";
        yield return Count(forecast, "Coopératives immatriculées", p.Registered);
        yield return Count(forecast, "Projets en accompagnement", p.InSupport);
        yield return Count(forecast, "Projets suivis", p.Followed);
        yield return Count(forecast, "… dont immatriculés", p.Converted);
        yield return new PipelineRow(forecast, p.Observed ? "Taux de transformation observé" : "Taux de transformation par défaut", p.Rate, Cell.Percent);
        yield return new PipelineRow(forecast, "Taux bas", p.RateLow, Cell.Percent);
        yield return new PipelineRow(forecast, "Taux haut", p.RateHigh, Cell.Percent);
        yield return Count(forecast, $"Attendues fin {p.Deadline.Year} (bas)", p.Low);
        yield return Count(forecast, $"Attendues fin {p.Deadline.Year} (haut)", p.High);
    }

    private static PipelineRow Jobs(string section, string item, int jobs, decimal fte) => new(section, item, jobs, Cell.Integer, fte);

    private static PipelineRow Count(string section, string item, int count) => new(section, item, count, Cell.Integer);
}
