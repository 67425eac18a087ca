using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;
using ScottPlot;

namespace PlanTracker.Reporting.Charts;

/// <summary>
/// Okabe–Ito colours (Okabe &amp; Ito 2008), distinguishable with the common colour-vision deficiencies. Fixed per
/// meaning, so that axis 2 has the same colour in every chart; every series also has a legend entry in words.
/// </summary>
internal static class Palette
{
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");
    public static readonly Color Black = Color.FromHex("#000000");
    public static readonly Color Grey = Color.FromHex("#555555");

    public static Color Axis(int code) => code switch
    {
        1 => Blue,
        2 => Orange,
        3 => BluishGreen,
        4 => Yellow,
        5 => SkyBlue,
        6 => ReddishPurple,
        _ => Grey,
    };

    public static Color Indicator(Indicator indicator) => indicator == Core.Plans.Indicator.Jobs ? SkyBlue : ReddishPurple;

    public static Color Contract(ContractType type) => type switch
    {
        ContractType.Cdi => Blue,
        ContractType.Cdd => Orange,
        ContractType.Insertion => BluishGreen,
        ContractType.WorkStudy => SkyBlue,
        ContractType.Other => Yellow,
        _ => ReddishPurple,
    };

    public static Color Stage(CooperativeStage stage) => stage switch
    {
        CooperativeStage.Registered => Blue,
        CooperativeStage.InSupport => Orange,
        _ => SkyBlue,
    };

    /// <summary>Consolidated jobs, beside the created ones: one neutral bar, never mistaken for a contract type.</summary>
    public static readonly Color Consolidation = Grey;

    public static readonly Color Trajectory = Black;
    public static readonly Color Target = Vermillion;
    public static readonly Color Forecast = ReddishPurple;
}
