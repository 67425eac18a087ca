namespace PlanTracker.Bench.Importing;

/// <summary>One data row as the floor reads it: its row number and its cells' text, columns A to I.</summary>
internal sealed record FloorLine(int Row, string?[] Cells);
