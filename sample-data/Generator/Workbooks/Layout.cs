namespace PlanTracker.SampleData.Workbooks;

/// <summary>Where things are in a sample workbook: a title row, a blank row, the header row, the data.</summary>
public static class Layout
{
    public const string CoverSheet = "Lisez-moi";
    public const string JobsSheet = "Emplois";
    public const string CooperativesSheet = "Coopératives";

    public const int TitleRow = 1;
    public const int HeaderRow = 3;
    public const int FirstDataRow = 4;

    /// <summary>Headers of the jobs sheet, columns A to I, exactly as docs/quarterly-file.md names them.</summary>
    public static IReadOnlyList<string> JobHeaders { get; } =
        ["Trimestre", "SIRET", "Structure", "Commune", "Axe", "Emplois créés", "ETP", "Type de contrat", "Commentaire"];

    public static IReadOnlyList<double> JobWidths { get; } = [11, 17, 46, 20, 28, 13, 8, 24, 50];

    /// <summary>Headers of the cooperatives sheet, columns A to G.</summary>
    public static IReadOnlyList<string> CooperativeHeaders { get; } =
        ["Nom", "SIRET", "Forme juridique", "Date de création", "Commune", "Axe", "Emplois à la création"];

    public static IReadOnlyList<double> CooperativeWidths { get; } = [44, 17, 24, 15, 20, 28, 20];

    /// <summary>The optional column of the files with <see cref="FileStyle.PipelineColumns"/>: J on the jobs sheet.</summary>
    public const string NatureHeader = "Nature";

    /// <summary>The optional columns of the cooperatives sheet in those files, H to J.</summary>
    public static IReadOnlyList<string> PipelineHeaders { get; } = ["Origine", "Stade", "Date de cessation"];

    /// <summary>The Total row's formula: with a Nature column, it adds the jobs created only (consolidations are not).</summary>
    public static string TotalFormula(int totalRow, bool withNature) => withNature
        ? $"SUM({JobsColumnLetter}{FirstDataRow}:{JobsColumnLetter}{totalRow - 1})-SUMIF(J{FirstDataRow}:J{totalRow - 1},\"consolidation\",{JobsColumnLetter}{FirstDataRow}:{JobsColumnLetter}{totalRow - 1})"
        : $"SUM({JobsColumnLetter}{FirstDataRow}:{JobsColumnLetter}{totalRow - 1})";

    public const int JobsColumn = 6;
    public const string JobsColumnLetter = "F";
}
