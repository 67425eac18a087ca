using PlanTracker.Core.Text;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Reading.Csv;

/// <summary>
/// Which sheet a CSV file holds. Its name decides when it names one sheet only (<c>emplois</c> or <c>jobs</c>;
/// <c>cooperatives</c> or <c>coop</c>; accents and case ignored). Otherwise its header line does: of the first ten lines,
/// the one that recognises the most headers of one sheet and fewer of the other (a complete header row beats any
/// partial one; headers both sheets have, such as Commune, do not decide).
/// </summary>
internal static class CsvSheetKind
{
    public static SheetKind? FromName(string fileName)
    {
        var key = TextKey.Fold(Path.GetFileNameWithoutExtension(fileName));
        var jobs = key.Contains("emplois", StringComparison.Ordinal) || key.Contains("jobs", StringComparison.Ordinal);
        var cooperatives = key.Contains("coop", StringComparison.Ordinal);
        return jobs == cooperatives ? null : jobs ? SheetKind.Jobs : SheetKind.Cooperatives;
    }

    public static SheetKind? FromHeaders(IEnumerable<SheetRow> firstRows)
    {
        var jobs = 0;
        var cooperatives = 0;
        foreach (var row in firstRows.Take(TableReader.HeaderSearchRows))
        {
            jobs = Math.Max(jobs, Score(HeaderMatch.From(row, JobColumns.Schema)));
            cooperatives = Math.Max(cooperatives, Score(HeaderMatch.From(row, CooperativeColumns.Schema)));
        }

        return jobs == cooperatives ? null : jobs > cooperatives ? SheetKind.Jobs : SheetKind.Cooperatives;
    }

    private static int Score(HeaderMatch match) => match.IsComplete ? int.MaxValue : match.MatchedCount;
}
