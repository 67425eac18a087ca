using Dapper;
using PlanTracker.Data.Audit;

namespace PlanTracker.Data.Tests.Audit;

/// <summary>
/// SQLite has one writer at a time: the line of an import just committed must wait for another import's long
/// transaction to end, past SQLite's 10-second busy timeout, instead of failing an action that succeeded.
/// </summary>
public class AuditLogWriterWaitTests
{
    [Test]
    public async Task Append_WaitsForAWriterLongerThanTheBusyTimeout()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var other = await temp.Database.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await other.ExecuteAsync(
            "INSERT INTO setup_token (token_hash, created_at_utc) VALUES ('held', '2026-12-01 09:00:00')", transaction: transaction);

        // On a thread of its own: SQLite's provider waits synchronously, even in its asynchronous methods.
        var append = Task.Run(() => new AuditLog(temp.Database, TimeProvider.System).AppendAsync(AuditEntry.Success(1, "a", AuditActions.Import, "t.xlsx, lot 2")));
        await Task.Delay(TimeSpan.FromSeconds(12));
        append.IsCompleted.Should().BeFalse("the other writer still holds the database");
        await transaction.CommitAsync();
        await append;

        (await new AuditLog(temp.Database, TimeProvider.System).ListAsync(new AuditQuery(1))).Should().ContainSingle();
    }
}
