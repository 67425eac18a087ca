namespace PlanTracker.Bench.Results;

/// <summary>
/// The 100,000-line import's store time phase by phase (median of the runs), in a database as migrated and in one
/// without its secondary indexes; and the key lookups the inserts make, timed apart as prepared reads.
/// </summary>
public sealed record BreakdownResult(
    int Lines,
    IReadOnlyList<PhaseTime> Phases,
    IReadOnlyList<PhaseTime> PhasesWithoutSecondaryIndexes,
    double ForeignKeyLookupsMs,
    double UniqueKeyLookupsMs,
    int Runs)
{
    public double TotalMs => Phases.Sum(p => p.Ms);

    public double TotalWithoutSecondaryIndexesMs => PhasesWithoutSecondaryIndexes.Sum(p => p.Ms);
}
