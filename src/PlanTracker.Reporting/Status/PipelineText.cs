using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Text;

namespace PlanTracker.Reporting.Status;

/// <summary>
/// The pipeline figures in a few short sentences, the same in <c>status</c>, report.html and the dashboard:
/// jobs by nature with their FTE, the cooperatives registered, active and in the pipeline, and the pipeline forecast.
/// </summary>
public static class PipelineText
{
    /// <summary>Every sentence, in the order they are read; the conversion rate only when some project is in support.</summary>
    public static IReadOnlyList<string> Lines(PipelineFigures figures, string lang) =>
    [
        Jobs(figures.Jobs, lang),
        Cooperatives(figures, lang),
        PipelineSentence.Forecast(figures.Forecast, lang),
        .. figures.Forecast.InSupport > 0 ? [PipelineSentence.Rate(figures.Forecast, lang)] : Array.Empty<string>(),
    ];

    /// <summary>"Emplois : 540 créés (480,5 ETP) ; 35 consolidés, comptés à part (30,0 ETP)."</summary>
    public static string Jobs(JobTotals jobs, string lang) => lang == "en"
        ? $"Jobs: {N(jobs.Created, lang)} created ({Fte(jobs.CreatedFte, lang)} FTE); {N(jobs.Consolidated, lang)} consolidated, counted apart ({Fte(jobs.ConsolidatedFte, lang)} FTE)."
        : $"Emplois : {N(jobs.Created, lang)} {Agree(jobs.Created, "créé", "créés")} ({Fte(jobs.CreatedFte, lang)} ETP) ; {N(jobs.Consolidated, lang)} {Agree(jobs.Consolidated, "consolidé", "consolidés")}, {Agree(jobs.Consolidated, "compté", "comptés")} à part ({Fte(jobs.ConsolidatedFte, lang)} ETP).";

    /// <summary>"Coopératives : 12 immatriculées, dont 11 actives ; vivier : 2 projets et 7 en accompagnement."</summary>
    public static string Cooperatives(PipelineFigures figures, string lang)
    {
        var s = figures.Survival;
        if (lang == "en")
        {
            return $"Cooperatives: {N(s.Registered, lang)} registered, {N(s.Active, lang)} of them active; pipeline: {N(figures.Projects, lang)} {(figures.Projects == 1 ? "project" : "projects")} and {N(figures.InSupport, lang)} in support."
                   + (s.Rate is { } rate ? $" Still active after {Survival.Years} years: {Display.Percent(rate, 0, lang)} ({N(s.StillActive, lang)} of {N(s.CreatedLongAgo, lang)})." : "");
        }

        return $"Coopératives : {N(s.Registered, lang)} {Agree(s.Registered, "immatriculée", "immatriculées")}, dont {N(s.Active, lang)} {Agree(s.Active, "active", "actives")} ; vivier : {N(figures.Projects, lang)} {Agree(figures.Projects, "projet", "projets")} et {N(figures.InSupport, lang)} en accompagnement."
               + (s.Rate is { } r ? $" Toujours actives après {Survival.Years} ans : {Display.Percent(r, 0, lang)} ({N(s.StillActive, lang)} sur {N(s.CreatedLongAgo, lang)})." : "");
    }

    private static string N(int value, string lang) => Display.Number((decimal)value, 0, lang);

    private static string Fte(decimal value, string lang) => Display.Number(value, 1, lang);

    // French takes the singular below 2 ("0 créé", "1 créé", "2 créés").
    private static string Agree(int count, string singular, string plural) => count < 2 ? singular : plural;
}
