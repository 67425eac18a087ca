namespace PlanTracker.Data.Figures;

/// <summary>A structure that has reported jobs before, with the last quarter it reported (canonical form).</summary>
public sealed class StructureActivity
{
    public string Siret { get; set; } = "";

    public string Name { get; set; } = "";

    public string Commune { get; set; } = "";

    public string? LastQuarter { get; set; }
}
