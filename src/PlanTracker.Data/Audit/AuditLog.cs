using Dapper;

namespace PlanTracker.Data.Audit;

/// <summary>
/// The append-only audit log (<c>audit_log</c>): one INSERT and read queries, nothing else. No path of the application
/// updates or deletes a line (a test reads this file and the rest of the project to keep it so); archiving old lines
/// is an operator's job, outside PlanTracker (docs/deployment.md). Texts too long for their column are cut, so that
/// recording an action never fails for its length.
/// </summary>
public sealed class AuditLog(PlanTrackerDatabase database, TimeProvider time)
{
    // The columns' sizes on SQL Server (Migrations/SqlServer/0007_audit_log.sql); SQLite keeps the same limits.
    private const int UserLength = 128;
    private const int ActionLength = 40;
    private const int SubjectLength = 400;
    private const int DetailLength = 1000;

    // As long as an import waits for another (ImportStore): on SQLite, one writer at a time, and the line of an import
    // just committed must wait for the next import's commit rather than fail after the busy timeout.
    private static readonly TimeSpan WriterWait = TimeSpan.FromMinutes(2);

    /// <summary>Writes one line, stamped with the store's clock (UTC, to the second).</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (plan_id, at_utc, user_name, action, subject, outcome, detail)
            VALUES (@planId, @at, @user, @action, @subject, @outcome, @detail)
            """,
            new
            {
                planId = entry.PlanId,
                at = database.Dialect.Timestamp(time.GetUtcNow()),
                user = Cut(entry.User, UserLength),
                action = Cut(entry.Action, ActionLength),
                subject = Cut(entry.Subject, SubjectLength) ?? "",
                outcome = entry.Outcome == AuditOutcomes.Success ? AuditOutcomes.Success : AuditOutcomes.Failure,
                detail = Cut(entry.Detail, DetailLength) ?? "",
            },
            commandTimeout: (int)WriterWait.TotalSeconds,
            cancellationToken: cancellationToken));
    }

    /// <summary>Every line the query selects, newest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<AuditRecord>(
            Select + " ORDER BY id DESC", new { planId = query.PlanId, since = Since(query), user = query.User })).ToList();
    }

    /// <summary>One page of the lines the query selects, newest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<AuditRecord>(
            database.Dialect.Page(Select + " ORDER BY id DESC"), new { planId = query.PlanId, since = Since(query), user = query.User, skip, take })).ToList();
    }

    /// <summary>Whether any line, of any plan, names this account (a filter on a name never seen is a mistake).</summary>
    public async Task<bool> HasUserAsync(string user, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(1) FROM audit_log WHERE user_name = @user", new { user }) > 0;
    }

    private object? Since(AuditQuery query) => query.SinceUtc is { } since ? database.Dialect.Timestamp(since) : null;

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private const string Select =
        """
        SELECT id AS Id, plan_id AS PlanId, at_utc AS AtUtc, user_name AS UserName, action AS Action, subject AS Subject,
            outcome AS Outcome, detail AS Detail
        FROM audit_log
        WHERE (plan_id = @planId OR plan_id IS NULL) AND (@since IS NULL OR at_utc >= @since) AND (@user IS NULL OR user_name = @user)
        """;
}
