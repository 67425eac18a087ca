namespace PlanTracker.Import.Reading;

/// <summary>
/// The package is a zip but not a readable workbook (a part missing, a broken index). Thrown inside the reader only:
/// <see cref="WorkbookParser"/> turns it into an <see cref="ImportError"/>.
/// </summary>
internal sealed class WorkbookFormatException(string detailFr, string detailEn) : Exception(detailEn)
{
    public string DetailFr { get; } = detailFr;

    public string DetailEn { get; } = detailEn;
}
