using ClosedXML.Excel;
using PlanTracker.Bench.Measuring;

namespace PlanTracker.Bench.Importing;

/// <summary>The baseline: ClosedXML merely loading the workbook (<c>new XLWorkbook</c>) and reading every cell.</summary>
internal static class ClosedXmlLoad
{
    public static Task<double> LoadOnceAsync(string workbook, int expectedLines) => Timing.OnceAsync(() =>
    {
        Load(workbook, expectedLines);
        return Task.CompletedTask;
    });

    public static long Load(string workbook, int expectedLines)
    {
        using var book = new XLWorkbook(workbook);
        long cells = 0;
        var rows = 0;
        foreach (var sheet in book.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed())
            {
                // Value on a formula cell recalculates; the cached result is what the file holds.
                var value = cell.HasFormula ? cell.CachedValue : cell.Value;
                cells += value is null ? 0 : 1;
            }

            rows += sheet.LastRowUsed()?.RowNumber() ?? 0;
        }

        if (rows < expectedLines)
        {
            throw new InvalidOperationException($"ClosedXML read {rows} rows of {Path.GetFileName(workbook)}, {expectedLines} lines expected");
        }

        return cells;
    }
}
