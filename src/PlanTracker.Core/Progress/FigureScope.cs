using System.Globalization;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Progress;

/// <summary>
/// Which part of the plan a view follows: the whole territory, one axis or one commune (the dashboard's filters,
/// <c>report --axis</c> / <c>--commune</c>). Equal by value, so that it can key a cache.
/// </summary>
public sealed record FigureScope
{
    private FigureScope(Axis? axis, Commune? commune)
    {
        Axis = axis;
        Commune = commune;
    }

    public static FigureScope Territory { get; } = new(null, null);

    public Axis? Axis { get; }

    public Commune? Commune { get; }

    public bool IsTerritory => Axis is null && Commune is null;

    public static FigureScope Of(Axis axis) => new(axis, null);

    public static FigureScope Of(Commune commune) => new(null, commune);

    /// <summary>Whether a flow (one axis in one commune) counts in this scope.</summary>
    public bool Includes(Flow flow) => Includes(flow.Axis, flow.Commune);

    /// <summary>Whether what happened on <paramref name="axis"/> in <paramref name="commune"/> counts in this scope.</summary>
    public bool Includes(Axis axis, Commune commune) =>
        (Axis is null || axis.Code == Axis.Code) && (Commune is null || commune == Commune);

    /// <summary>The scope's target: the plan's headline target, or the axis's or commune's sub-target (null when it has none).</summary>
    public int? Target(Plan plan, Indicator indicator) =>
        Axis is { } axis ? plan.AxisTarget(indicator, axis)
        : Commune is { } commune ? plan.CommuneTarget(indicator, commune)
        : plan.Target(indicator);

    /// <summary>The key of this scope's <see cref="ScopedProgress"/> in a snapshot: the axis number or the commune's name.</summary>
    public string? Key => Axis is { } axis ? axis.Code.ToString(CultureInfo.InvariantCulture) : Commune?.Name;

    /// <summary>"Axe 2 — Label", the commune's name, or "tout le territoire".</summary>
    public string Label(string lang) =>
        Axis is { } axis ? $"{axis.ShortName(lang)} — {axis.Label(lang)}"
        : Commune is { } commune ? commune.Name
        : lang == "en" ? "whole territory" : "tout le territoire";

    /// <summary>"Axe 2", the commune's name, or "tout le territoire": where a title has little room.</summary>
    public string ShortLabel(string lang) => Axis is { } axis ? axis.ShortName(lang) : Label(lang);

    public override string ToString() => Key ?? "territory";
}
