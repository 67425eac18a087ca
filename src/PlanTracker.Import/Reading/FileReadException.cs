namespace PlanTracker.Import.Reading;

/// <summary>
/// A file that cannot be read any further, with the officer's message already written. Thrown inside a reader only:
/// <see cref="WorkbookParser"/> adds <see cref="Error"/> to the upload's errors.
/// </summary>
internal sealed class FileReadException(ImportError error) : Exception(error.MessageEn)
{
    public ImportError Error { get; } = error;
}
