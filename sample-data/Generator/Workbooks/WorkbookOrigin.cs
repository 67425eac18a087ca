using PlanTracker.Core.Plans;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>Whose workbook it is: the plan its cells are read against and the sender's words on the cover sheet.</summary>
public sealed record WorkbookOrigin(Plan Plan, string CoverTitle, string Author, string TerritoryHint)
{
    public static WorkbookOrigin Default { get; } = new(
        Plan.Default,
        "Paris Terres d'Envol — Plan local de développement de l'ESS 2024-2030",
        "Direction du développement économique, Paris Terres d'Envol (données fictives)",
        "3. Axe : 1, 2 ou 3, « Axe 2 », ou l'intitulé de l'axe ; Commune : l'une des huit communes du territoire.");

    /// <summary>A plan other than the default: the cover names its territory, its axes and its communes.</summary>
    public static WorkbookOrigin For(Plan plan) => new(
        plan,
        $"{plan.TerritoryName} — {plan.Name}",
        $"Service développement économique, {plan.TerritoryName} (données fictives)",
        $"3. Axe : {plan.Territory.AxisNumbers("fr")}, « Axe 1 », ou l'intitulé de l'axe ; Commune : {plan.Territory.CommuneNames} "
        + "(nom, nom d'usage ou code postal).");
}
