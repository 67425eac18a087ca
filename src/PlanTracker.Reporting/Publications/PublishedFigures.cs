using System.Globalization;
using System.Text.Json;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Data;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Pipeline;
using PlanTracker.Data.Publications;
using PlanTracker.Reporting.Status;

namespace PlanTracker.Reporting.Publications;

/// <summary>
/// Publishing a quarter and reading it back, for the CLI and the dashboard alike: the figures frozen with the data
/// version they came from, the published snapshot built again, and what changed since.
/// </summary>
public sealed class PublishedFigures(PlanTrackerDatabase database, int planId, TimeProvider time)
{
    // An import committed between reading the figures and reading the version would pair them wrongly: read again.
    private const int Attempts = 5;

    private readonly PublicationStore _store = new(database, time);

    public PublicationStore Store => _store;

    /// <summary>Freezes the figures of <paramref name="asOf"/> as they stand now; a new publication each time.</summary>
    public async Task<Publication> PublishAsync(Plan plan, Quarter asOf, string user, string? note, CancellationToken cancellationToken = default)
    {
        var versions = new DataVersionStore(database);
        var figures = new FiguresStore(database, planId);
        for (var attempt = 1; ; attempt++)
        {
            var before = await versions.CurrentAsync(cancellationToken);
            var jobs = await figures.JobFlowsAsync(plan.Territory, asOf, cancellationToken);
            var cooperatives = await figures.CooperativeFlowsAsync(plan.Territory, asOf, cancellationToken);
            var lastImport = await figures.LastImportAsync(cancellationToken);
            // Everything `status --format json` says at that quarter, completeness and notes included.
            var completeness = await new ReportingCycleStore(database, planId).CompletenessAsync(plan, asOf, time, cancellationToken);
            var notes = await new QuarterNoteStore(database, planId, time).LatestAsync(asOf, cancellationToken);
            var pipeline = await new PipelineStore(database, planId).LoadAsync(plan.Territory, cancellationToken);
            var after = await versions.CurrentAsync(cancellationToken);
            if (before != after && attempt < Attempts)
            {
                continue;
            }

            var lastComplete = Quarter.Current(time).Previous;
            var snapshot = PlanSnapshot.Build(plan, asOf, lastComplete, jobs, cooperatives) with { Pipeline = pipeline };
            var publication = await _store.AddAsync(planId, new NewPublication(
                asOf.ToString(), user, note, after.ToString(), after.LastBatchId, lastComplete.ToString(),
                StatusJson.Write(snapshot, lastImport, completeness, notes), FlowsJson.Write(jobs, cooperatives)), cancellationToken);
            // One place for the CLI and the web page alike: every publication leaves its line in the audit log.
            await new AuditLog(database, time).AppendAsync(
                AuditEntry.Success(planId, user, AuditActions.Publish, $"publication {publication.Id} ({asOf})", note ?? ""), cancellationToken);
            return publication;
        }
    }

    /// <summary>The snapshot exactly as published: the same figures, charts and tables as on the day.</summary>
    public static PlanSnapshot Snapshot(Plan plan, Publication publication)
    {
        var (jobs, cooperatives) = FlowsJson.Read(publication.FlowsJson, plan.Territory);
        return PlanSnapshot.Build(plan, Quarter.Parse(publication.Quarter), Quarter.Parse(publication.LastComplete), jobs, cooperatives);
    }

    /// <summary>The last import as the published document states it (null when nothing was imported then).</summary>
    public static DateTimeOffset? LastImport(Publication publication)
    {
        using var document = JsonDocument.Parse(publication.StatusJson);
        return document.RootElement.GetProperty("lastImportUtc").GetString() is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : null;
    }

    /// <summary>The latest publication of <paramref name="current"/>'s quarter and what moved since; none when never published.</summary>
    public async Task<PublicationState> StateAsync(PlanSnapshot current, CancellationToken cancellationToken = default)
    {
        var publication = await _store.LatestAsync(planId, current.AsOf.ToString(), cancellationToken);
        return publication is null ? PublicationState.None : await StateAsync(publication, current, false, cancellationToken);
    }

    /// <summary><paramref name="publication"/> compared with <paramref name="current"/>, the current figures of its quarter.</summary>
    public async Task<PublicationState> StateAsync(Publication publication, PlanSnapshot current, bool showsPublication, CancellationToken cancellationToken = default)
    {
        var touches = await _store.TouchesSinceAsync(planId, publication, cancellationToken);
        return new PublicationState(publication, Restatements.Compare(publication.StatusJson, current, touches), showsPublication);
    }
}
