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

    /// <summary>
    /// The unit after a number shown with <paramref name="decimals"/> decimals: French takes the singular below 2
    /// ("1,5 coopérative", "1,0 coopérative"), English only for a plain one ("1 job", but "1.0 jobs", "1.5 jobs").
    /// </summary>
    public static string Unit(this Indicator indicator, string lang, decimal shown, int decimals) =>
        (lang == "en" ? shown == 1 && decimals == 0 : Math.Abs(shown) < 2) ? indicator.SingularUnit(lang) : indicator.Unit(lang);

    private static string SingularUnit(this Indicator indicator, string lang) => (indicator, lang) switch
    {
        (Indicator.Jobs, "en") => "job",
        (Indicator.Jobs, _) => "emploi",
        (Indicator.Cooperatives, "en") => "cooperative",
        (_, _) => "coopérative",
    };
}
