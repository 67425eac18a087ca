using System.Globalization;

namespace PlanTracker.Core.Text;

/// <summary>
/// Numbers, percentages and dates as people read them: French by default (<c>1 500</c>, <c>54,1 %</c>,
/// <c>31/03/2025</c>), English with <c>lang = "en"</c>. Built by hand so that the output never depends on the
/// machine's culture data. Machines (JSON, CSV option) use the invariant culture instead.
/// </summary>
public static class Display
{
    // A no-break space: "1 500" never wraps between its digits, and "54,1 %" keeps its sign.
    public const char Space = '\u00A0';

    private static readonly NumberFormatInfo French = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = Space.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private static readonly NumberFormatInfo English = new()
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    public static NumberFormatInfo Numbers(string lang) => lang == "en" ? English : French;

    public static string Number(decimal value, int decimals = 0, string lang = "fr") =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Numbers(lang));

    public static string Number(double value, int decimals = 0, string lang = "fr") => Number((decimal)value, decimals, lang);

    /// <summary>A rate per quarter: small ones (cooperatives) keep a decimal ("1,2"), larger ones round to units ("52").</summary>
    public static string Rate(decimal value, string lang = "fr") => Number(value, RateDecimals(value), lang);

    /// <summary>The decimals <see cref="Rate"/> shows: one below 10, none above.</summary>
    public static int RateDecimals(decimal value) => value < 10 ? 1 : 0;

    /// <summary>The rate as <see cref="Rate"/> shows it (what a unit after it must agree with).</summary>
    public static decimal RateShown(decimal value) => Math.Round(value, RateDecimals(value), MidpointRounding.AwayFromZero);

    /// <summary>0.5413 → "54,1 %" (French), "54.1%" (English).</summary>
    public static string Percent(decimal ratio, int decimals = 1, string lang = "fr")
    {
        var number = Number(ratio * 100m, decimals, lang);
        return lang == "en" ? number + "%" : number + Space + "%";
    }

    public static string Date(DateOnly date, string lang = "fr") =>
        lang == "en" ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset moment, string lang = "fr") =>
        lang == "en"
            ? moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : moment.ToString("dd/MM/yyyy 'à' HH'h'mm", CultureInfo.InvariantCulture);

    /// <summary>"fr" unless the request asks for "en"; anything else falls back to French.</summary>
    public static string Language(string? lang) => string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
}
