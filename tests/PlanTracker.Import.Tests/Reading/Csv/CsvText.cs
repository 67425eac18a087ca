using System.Text;

namespace PlanTracker.Import.Tests.Reading.Csv;

/// <summary>CSV files as a partner's system writes them: lines of fields, quoted when they must be, in an encoding.</summary>
internal static class CsvText
{
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static readonly string[] JobsHeader = ["Trimestre", "SIRET", "Structure", "Commune", "Axe", "Emplois créés", "ETP", "Type de contrat", "Commentaire"];

    public static readonly string[] CooperativesHeader = ["Nom", "SIRET", "Forme juridique", "Date de création", "Commune", "Axe", "Emplois à la création"];

    /// <summary>A valid jobs line: 3 jobs, 2,5 FTE (decimal comma), 2025-T1 in Sevran.</summary>
    public static string[] JobLine(string structure = "Régie de quartier de Sevran", string fte = "2,5", string siret = "", string comment = "") =>
        ["2025-T1", siret.Length > 0 ? siret : PlanTracker.Testing.Structures.Sirets.A, structure, "Sevran", "1", "3", fte, "CDI", comment];

    public static string Lines(char separator, params string[][] lines) =>
        string.Concat(lines.Select(fields => string.Join(separator, fields.Select(f => Quote(f, separator))) + "\r\n"));

    public static byte[] Bytes(string text, Encoding? encoding = null, bool bom = false)
    {
        encoding ??= new UTF8Encoding(false);
        return bom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);
    }

    public static byte[] Jobs(char separator, params string[][] lines) => Bytes(Lines(separator, [JobsHeader, .. lines]));

    private static string Quote(string field, char separator) =>
        field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
