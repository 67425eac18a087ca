namespace PlanTracker.Data.Figures;

/// <summary>
/// The plan's <c>quarter_total</c> rows just before a workbook's lines were written and just after, read inside the
/// import's own transaction: the inputs of the figures before and after that import (a dry run included).
/// </summary>
public sealed record QuarterTotalsChange(IReadOnlyList<QuarterTotal> Before, IReadOnlyList<QuarterTotal> After);
