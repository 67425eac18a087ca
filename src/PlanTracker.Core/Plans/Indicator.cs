namespace PlanTracker.Core.Plans;

/// <summary>The plan's two headline indicators.</summary>
public enum Indicator
{
    Jobs,
    Cooperatives,
}

public static class IndicatorNames
{
    /// <summary>The machine name used in JSON and the database: <c>jobs</c>, <c>cooperatives</c>.</summary>
    public static string Code(this Indicator indicator) => indicator switch
    {
        Indicator.Jobs => "jobs",
        Indicator.Cooperatives => "cooperatives",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    public static Indicator FromCode(string code) => code switch
    {
        "jobs" => Indicator.Jobs,
        "cooperatives" => Indicator.Cooperatives,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Indicator is 'jobs' or 'cooperatives'."),
    };

    public static string Label(this Indicator indicator, string lang) => (indicator, lang) switch
    {
        (Indicator.Jobs, "en") => "Jobs created",
        (Indicator.Jobs, _) => "Emplois créés",
        (Indicator.Cooperatives, "en") => "New cooperatives",
        (_, _) => "Nouvelles coopératives",
    };

    /// <summary>The unit in a sentence: "emplois", "coopératives".</summary>
    public static string Unit(this Indicator indicator, string lang) => (indicator, lang) switch
    {
        (Indicator.Jobs, "en") => "jobs",
        (Indicator.Jobs, _) => "emplois",
        (Indicator.Cooperatives, "en") => "cooperatives",
        (_, _) => "coopératives",
    };
}
