using System.Data.Common;
using Dapper;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Periods;
using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Notes;

/// <summary>
/// The notes of the plan <paramref name="planId"/> names: a narrative and a self-assessment per quarter, optionally per
/// axis. Insert only: writing a note adds a version, and every version stays readable as the note's history. The
/// caller checks the text (<see cref="NoteText"/>) and the scope (<see cref="NoteScope"/>) first.
/// </summary>
public sealed class QuarterNoteStore(PlanTrackerDatabase database, int planId, TimeProvider time)
{
    /// <summary>Stores a new version; returns it as stored (its id, its UTC time to the second).</summary>
    public async Task<QuarterNote> AddAsync(Quarter quarter, int? axis, Assessment assessment, string text, string author,
        CancellationToken cancellationToken = default)
    {
        var body = NoteText.Normalize(text);
        if (NoteText.Problem(body, "en") is { } problem)
        {
            throw new ArgumentException(problem, nameof(text));
        }

        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(
            database.Dialect.InsertReturningId(
                "quarter_note", "plan_id, quarter, axis, assessment, body, author, created_at_utc",
                "@planId, @quarter, @axis, @assessment, @body, @author, @now"),
            new { planId, quarter = quarter.ToString(), axis, assessment = assessment.Code(), body, author, now = database.Dialect.Timestamp(now) });
        return new QuarterNote(id, quarter, axis, assessment, body, author, now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
    }

    /// <summary>Every version of every note of the plan (or of <paramref name="quarter"/> only), newest first.</summary>
    public async Task<IReadOnlyList<QuarterNote>> ListAsync(Quarter? quarter = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Plain ADO.NET: `status` reads the as-of quarter's notes on every run (docs/performance.md).
        return quarter is { } q
            ? await connection.ListAsync(
                $"""
                SELECT id, quarter, axis, assessment, body, author, {database.Dialect.TimestampText("created_at_utc")} AS created
                FROM quarter_note WHERE plan_id = @planId AND quarter = @quarter ORDER BY id DESC
                """,
                Read, cancellationToken, ("@planId", planId), ("@quarter", q.ToString()))
            : await connection.ListAsync(
                $"""
                SELECT id, quarter, axis, assessment, body, author, {database.Dialect.TimestampText("created_at_utc")} AS created
                FROM quarter_note WHERE plan_id = @planId ORDER BY quarter DESC, id DESC
                """,
                Read, cancellationToken, ("@planId", planId));
    }

    /// <summary>The latest version of <paramref name="quarter"/>'s note and of each of its axes' notes.</summary>
    public async Task<QuarterNotes> LatestAsync(Quarter quarter, CancellationToken cancellationToken = default) =>
        QuarterNotes.Latest(quarter, await ListAsync(quarter, cancellationToken));

    private static QuarterNote Read(DbDataReader r) => new(
        r.Long(0),
        Quarter.Parse(r.Text(1)),
        r.IsDBNull(2) ? null : r.Int(2),
        Assessments.TryParse(r.Text(3), out var assessment) ? assessment : throw new InvalidDataException($"Auto-évaluation illisible en base : « {r.Text(3)} »."),
        r.Text(4),
        r.Text(5),
        SqlDialect.ParseTimestamp(r.Text(6)));
}
