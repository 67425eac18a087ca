using PlanTracker.Core.Text;

namespace PlanTracker.Import;

/// <summary>Builds the errors about a whole file or sheet, which have no row or cell.</summary>
internal static class FileErrors
{
    public static ImportError File(string code, string fr, string en) => new(code, null, null, null, null, null, fr, en);

    public static ImportError Sheet(string code, string sheet, string fr, string en) => new(code, sheet, null, null, null, null, fr, en);

    /// <summary>"20 Mo" / "20 MB": sizes as an officer reads them.</summary>
    public static string Size(long bytes, string lang)
    {
        var megabytes = bytes / (1024m * 1024m);
        var decimals = megabytes >= 10 || decimal.Truncate(megabytes) == megabytes ? 0 : 1;
        return Display.Number(megabytes, decimals, lang) + (lang == "en" ? " MB" : "\u00A0Mo");
    }

    public static string Count(long count, string lang) => Display.Number((decimal)count, 0, lang);
}
