using System.Globalization;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;

namespace PlanTracker.Core.Pipeline;

/// <summary>
/// What lies behind the two headline figures at the end of <see cref="AsOf"/>, for the whole territory or one axis or
/// commune: jobs by nature and contract type with their FTE, cooperatives by origin and legal form, the pipeline
/// (projects and projects in support) by axis and commune, survival, and the pipeline forecast (docs/figures.md).
/// </summary>
public sealed record PipelineFigures(
    Quarter AsOf,
    JobTotals Jobs,
    IReadOnlyList<ContractJobs> ByContractType,
    IReadOnlyList<Tally<CooperativeOrigin?>> ByOrigin,
    IReadOnlyList<Tally<LegalForm>> ByLegalForm,
    int Projects,
    int InSupport,
    IReadOnlyList<PipelineCount> ByAxis,
    IReadOnlyList<PipelineCount> ByCommune,
    Survival Survival,
    PipelineForecast Forecast)
{
    /// <param name="scope">Only this axis's or commune's rows (null: the whole territory).</param>
    /// <remarks>The conversion rate is always the whole plan's: a scope alone rarely follows enough projects to say one.</remarks>
    public static PipelineFigures Compute(Plan plan, Quarter asOf, PipelineData data, FigureScope? scope = null)
    {
        scope ??= FigureScope.Territory;

        var jobs = data.Jobs.Where(j => j.Quarter <= asOf && scope.Includes(j.Axis, j.Commune)).ToList();
        var byContract = jobs.GroupBy(j => j.ContractType).OrderBy(g => g.Key).Select(g => new ContractJobs(g.Key, JobTotals.Of(g))).ToList();

        var known = data.Cooperatives.Where(c => c.KnownAt(asOf)).ToList();
        var scoped = known.Where(c => scope.Includes(c.Axis, c.Commune)).ToList();
        var registered = scoped.Where(c => c.StageAt(asOf) == CooperativeStage.Registered).ToList();
        var byOrigin = registered.GroupBy(c => c.Origin).OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new Tally<CooperativeOrigin?>(g.Key, g.Count())).ToList();
        var byLegalForm = registered.GroupBy(c => c.LegalForm).OrderBy(g => g.Key).Select(g => new Tally<LegalForm>(g.Key, g.Count())).ToList();

        // The pipeline as it stood at the end of the as-of quarter (a project registered since counts as in support then).
        var pipeline = scoped.Select(c => (Facts: c, Stage: c.StageAt(asOf) ?? CooperativeStage.Registered)).Where(p => p.Stage.IsPipeline()).ToList();
        var axes = plan.Territory.Axes.Concat(pipeline.Select(p => p.Facts.Axis)).DistinctBy(a => a.Code).Where(a => scope.Axis is null || a.Code == scope.Axis.Code);
        var byAxis = axes.Select(a => Count(a.Code.ToString(CultureInfo.InvariantCulture), a.LabelFr, pipeline.Where(p => p.Facts.Axis.Code == a.Code).Select(p => p.Stage)))
            .ToList();
        var communes = plan.Territory.Communes.Concat(pipeline.Select(p => p.Facts.Commune)).Distinct().Where(c => scope.Commune is null || c == scope.Commune);
        var byCommune = communes.Select(c => Count(c.Name, c.Name, pipeline.Where(p => p.Facts.Commune == c).Select(p => p.Stage))).ToList();
        var inSupport = pipeline.Count(p => p.Stage == CooperativeStage.InSupport);

        var longAgo = asOf.LastDay.AddYears(-Survival.Years);
        var created = registered.Where(c => c.CreationDate <= longAgo).ToList();
        var survival = new Survival(registered.Count, registered.Count(c => c.IsActiveAt(asOf)), created.Count, created.Count(c => c.IsActiveAt(asOf)));

        var followed = known.Where(c => c.FollowedAsProject).ToList();
        var forecast = PipelineForecast.Compute(registered.Count, inSupport, followed.Count,
            followed.Count(c => c.StageAt(asOf) == CooperativeStage.Registered), plan.LastQuarter);

        return new PipelineFigures(asOf, JobTotals.Of(jobs), byContract, byOrigin, byLegalForm,
            pipeline.Count - inSupport, inSupport, byAxis, byCommune, survival, forecast);
    }

    private static PipelineCount Count(string key, string label, IEnumerable<CooperativeStage> stages)
    {
        var list = stages.ToList();
        return new PipelineCount(key, label, list.Count(s => s == CooperativeStage.Project), list.Count(s => s == CooperativeStage.InSupport));
    }
}
