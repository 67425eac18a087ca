using PlanTracker.Core.Plans;
using PlanTracker.Core.Territory;

namespace PlanTracker.Testing;

/// <summary>
/// The territories tests run on: the default plan's (Paris Terres d'Envol, from DefaultPlan.json) and a second,
/// fictitious one from sample-data/plans, which no code names.
/// </summary>
public static class Territories
{
    private static readonly Lazy<Plan> CoteauxPlan = new(() => Plan.FromJson(File.ReadAllText(CoteauxFile)));

    public static PlanTerritory Default => Plan.Default.Territory;

    /// <summary>The second plan's file: five invented communes, two axes, its own targets and window.</summary>
    public static string CoteauxFile => Path.Combine(RepositoryPaths.SampleData, "plans", "coteaux.json");

    public static Plan Coteaux => CoteauxPlan.Value;

    /// <summary>The default territory's commune of that exact name.</summary>
    public static Commune Commune(string name) => Default.Communes.Single(c => c.Name == name);

    public static Axis Axis(int code) => Default.Axis(code);
}
