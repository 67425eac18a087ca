namespace PlanTracker.Import.Preflight;

/// <summary>What the first bytes of a file say it is, whatever its name says.</summary>
internal enum FileKind
{
    Empty,
    Zip,
    OleCompound,
    Pdf,
    Text,
    Unknown,
}
