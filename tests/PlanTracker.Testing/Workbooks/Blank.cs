namespace PlanTracker.Testing.Workbooks;

/// <summary>Marks a cell left empty where a row helper would otherwise put its default value.</summary>
public sealed class Blank
{
    public static readonly Blank Cell = new();

    private Blank()
    {
    }
}
