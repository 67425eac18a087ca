namespace PlanTracker.Core.Text;

/// <summary>
/// A file name as people send it, made safe to store and show: no folder part, no control characters (an ANSI
/// escape could repaint a terminal) and no bidirectional formatting characters (a right-to-left override makes
/// "rapport‮xslx.exe" display as an .xlsx), at most 200 characters.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 200;

    public static string Clean(string? fileName, string fallback = "classeur.xlsx")
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && !IsBidiControl(c)).ToArray()).Trim();
        return name.Length == 0 ? fallback : name.Length > MaxLength ? name[..MaxLength] : name;
    }

    // U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069: the characters that reorder what follows them.
    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
