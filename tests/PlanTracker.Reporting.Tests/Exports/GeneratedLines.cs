using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Reporting.Exports;
using PlanTracker.Testing;

namespace PlanTracker.Reporting.Tests.Exports;

/// <summary>
/// Many deterministic detailed lines for the large-export tests: every 10th is a cooperative (with a creation date,
/// no contract), every 7th has a SIRET with a leading zero, every 1,000th a formula-like name, every 3rd no FTE.
/// Names are unique ("Structure 000042") so that a test can find a line whatever the export's sort order.
/// </summary>
internal static class GeneratedLines
{
    public static string NameOf(int i) => FormulaGuard.IsRisky(Name(i)) ? Name(i) : $"Structure {i:D6}";

    public static string SiretOf(int i) => i % 7 == 0 ? $"0{i:D13}" : $"4{i:D13}";

    public static DateOnly CreationDateOf(int i) => new DateOnly(2024, 1, 1).AddDays(i % 900);

    public static IReadOnlyList<DetailedLine> Make(int count)
    {
        var quarters = new List<Quarter>();
        for (var q = new Quarter(2024, 1); q <= Seeded.AsOf; q = q.Next)
        {
            quarters.Add(q);
        }

        var lines = new List<DetailedLine>(count);
        for (var i = 0; i < count; i++)
        {
            var commune = Territories.Default.Communes[i % Territories.Default.Communes.Count];
            var axis = Territories.Axis(1 + (i % 3));
            var quarter = quarters[i % quarters.Count];
            var importedAt = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(i);
            lines.Add(i % 10 == 0
                ? DetailedLine.FromCooperative(
                    new CooperativeEntry(NameOf(i), i % 20 == 0 ? null : SiretOf(i), LegalForm.Scic, CreationDateOf(i), commune, axis, i % 5, "Coopératives", 2 + i),
                    1 + (i / 5000), $"lot-{i / 5000}.xlsx", importedAt)
                : DetailedLine.FromJob(
                    new JobLine(quarter, SiretOf(i), NameOf(i), commune, axis, 1 + (i % 4), i % 3 == 0 ? null : 0.5m * (1 + (i % 6)), ContractType.Insertion,
                        i % 4 == 0 ? null : $"Commentaire & <détail> n°{i}", "Emplois", 2 + i),
                    1 + (i / 5000), $"lot-{i / 5000}.xlsx", importedAt));
        }

        return lines;
    }

    private static string Name(int i) => i % 1000 == 500 ? $"=HYPERLINK(\"http://evil.example/{i}\")" : "";
}
