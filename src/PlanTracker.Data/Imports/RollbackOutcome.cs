namespace PlanTracker.Data.Imports;

public enum RollbackResult
{
    Done,
    UnknownBatch,
    AlreadyRolledBack,
    /// <summary>A later batch changed lines this batch set: roll that one back first.</summary>
    Superseded,
}

/// <summary>The result of a rollback; <see cref="BlockingBatches"/> lists the later batches that prevent it.</summary>
public sealed record RollbackOutcome(RollbackResult Result, long BatchId, int LinesRestored, IReadOnlyList<long> BlockingBatches);
