namespace PlanTracker.Import.Sheets;

/// <summary>The two sheets the importer reads.</summary>
internal enum SheetKind
{
    Jobs,
    Cooperatives,
}
