using PlanTracker.Core.Text;

namespace PlanTracker.Import.Sheets;

/// <summary>
/// One column of a sheet: the header the template writes (French, English), whether it is required, and every alias
/// accepted on import (compared through <see cref="TextKey.Fold"/>: case, accents, spaces, trailing * ignored).
/// </summary>
internal sealed class ColumnSpec(int ordinal, string headerFr, string headerEn, bool required, params string[] aliases)
{
    public int Ordinal { get; } = ordinal;

    public string HeaderFr { get; } = headerFr;

    public string HeaderEn { get; } = headerEn;

    public bool Required { get; } = required;

    public IReadOnlyList<string> Aliases { get; } = aliases;

    public IReadOnlySet<string> Keys { get; } = aliases.Select(TextKey.Fold).ToHashSet(StringComparer.Ordinal);

    public string Header(string lang) => lang == "en" ? HeaderEn : HeaderFr;

    /// <summary>The template's header: required ones end with " *".</summary>
    public string TemplateHeader(string lang) => Required ? Header(lang) + " *" : Header(lang);

    public override string ToString() => HeaderFr;
}
