namespace PlanTracker.Data.Figures;

/// <summary>
/// One row of <c>quarter_total</c> as stored: what an indicator (<c>jobs</c>, <c>cooperatives</c>) gained in one quarter
/// (canonical form <c>2025-T2</c>), axis and commune.
/// </summary>
public sealed record QuarterTotal(string Indicator, string Quarter, int Axis, string Commune, decimal Value);
