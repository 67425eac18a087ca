namespace PlanTracker.SampleData.Workbooks;

/// <summary>How the quarter cell is written: <c>2025-T1</c>, <c>T1 2025</c>, or a date cell inside the quarter.</summary>
public enum QuarterForm
{
    Canonical,
    QuarterFirst,
    DateCell,
}
