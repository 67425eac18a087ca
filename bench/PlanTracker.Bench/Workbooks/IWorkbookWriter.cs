namespace PlanTracker.Bench.Workbooks;

/// <summary>A workbook written sheet by sheet: the same generated content as .xlsx (<see cref="XlsxWriter"/>) or .ods (<see cref="OdsWriter"/>).</summary>
internal interface IWorkbookWriter : IDisposable
{
    /// <summary>Adds a sheet; <paramref name="writeRows"/> writes its rows in order.</summary>
    void Sheet(string name, Action<IRowWriter> writeRows);
}
