using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Completeness;

/// <summary>The structures of one commune expected for the as-of quarter and those that reported.</summary>
public sealed record CommuneCompleteness(Commune Commune, int Expected, int Received)
{
    public int Missing => Expected - Received;

    /// <summary>Received / expected; null when nothing is expected (no share of nothing).</summary>
    public decimal? Ratio => Expected == 0 ? null : (decimal)Received / Expected;
}
