using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Text;
using PlanTracker.SampleData.Workbooks;

namespace PlanTracker.SampleData.Checking;

/// <summary>
/// Compares what was read back with what was meant to be written, then replays the files in alphabetical order
/// with the importer's semantics (jobs lines upserted by key, last upload wins; a cooperative matched by SIRET, or
/// by name and commune when it was listed without one) to get the totals the dashboard should show.
/// </summary>
public sealed class ImportReplay(List<string> problems)
{
    private readonly Dictionary<(Quarter, string, ContractType, JobNature), ReadJobLine> _jobs = [];
    private readonly List<ReadCooperative> _cooperatives = [];

    public IReadOnlyList<ReadCooperative> Cooperatives => _cooperatives;

    public void Compare(WorkbookContent content, ReadWorkbook read)
    {
        var expectedJobs = content.Jobs.Select(l => new ReadJobLine(
            l.Quarter, l.Structure.Siret, l.Structure.Name, l.Structure.Commune, l.Structure.Axis,
            l.Jobs, l.Fte, l.ContractType, l.Comment, l.Nature));
        var expectedCoops = content.Cooperatives.Select(c => new ReadCooperative(
            c.Cooperative.Name, c.WithSiret ? c.Cooperative.Siret : null, c.Cooperative.LegalForm,
            c.Dated ? c.Cooperative.CreationDate : null, c.Cooperative.Commune, c.Cooperative.Axis, c.Cooperative.JobsAtCreation,
            content.Style.PipelineColumns ? c.Cooperative.Origin : null, c.Stage, c.Ceased));
        if (!expectedJobs.SequenceEqual(read.Jobs))
        {
            problems.Add($"{read.FileName}: the jobs read back differ from the jobs written");
        }

        if (!expectedCoops.SequenceEqual(read.Cooperatives))
        {
            problems.Add($"{read.FileName}: the cooperatives read back differ from the cooperatives written");
        }
    }

    public void Import(ReadWorkbook read)
    {
        foreach (var line in read.Jobs)
        {
            _jobs[line.Key] = line;
        }

        foreach (var coop in read.Cooperatives)
        {
            var index = _cooperatives.FindIndex(c => coop.Siret is not null && c.Siret == coop.Siret);
            if (index < 0)
            {
                index = _cooperatives.FindIndex(c => (c.Siret is null || coop.Siret is null)
                                                    && TextKey.Fold(c.Name) == TextKey.Fold(coop.Name) && c.Commune == coop.Commune);
            }

            if (index < 0)
            {
                _cooperatives.Add(coop);
            }
            else
            {
                _cooperatives[index] = coop with { Siret = coop.Siret ?? _cooperatives[index].Siret };
            }
        }
    }

    /// <summary>The lines of jobs created, those the figures add up (consolidations are shown beside them).</summary>
    public IReadOnlyCollection<ReadJobLine> Jobs => _jobs.Values.Where(l => l.Nature == JobNature.Creation).ToList();

    public int JobsIn(Quarter quarter) => Jobs.Where(l => l.Quarter == quarter).Sum(l => l.Jobs);

    public int ConsolidatedJobs => _jobs.Values.Where(l => l.Nature == JobNature.Consolidation).Sum(l => l.Jobs);

    /// <summary>Registered cooperatives with a creation date up to the quarter: what the figure counts.</summary>
    public int CooperativesUpTo(Quarter quarter) => _cooperatives.Count(c => c.Counts && Quarter.Containing(c.CreationDate!.Value) <= quarter);
}
