namespace PlanTracker.Import.Reading;

/// <summary>What a cell holds, as stored in the sheet XML.</summary>
internal enum CellKind
{
    Blank,
    Text,
    Number,
    Boolean,

    /// <summary>An error value such as #REF! or #DIV/0! (<c>t="e"</c>).</summary>
    Error,

    /// <summary>A formula whose result was never saved (no <c>&lt;v&gt;</c>): the file was not produced by a spreadsheet.</summary>
    FormulaWithoutValue,
}
