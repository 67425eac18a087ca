namespace PlanTracker.SampleData.Checking;

/// <summary>What one workbook holds, read back.</summary>
public sealed record ReadWorkbook(string FileName, IReadOnlyList<ReadJobLine> Jobs, IReadOnlyList<ReadCooperative> Cooperatives);
