using System.Globalization;
using PlanTracker.Core.Periods;
using PlanTracker.Testing.Structures;

namespace PlanTracker.Bench.Workbooks;

/// <summary>
/// The benchmark's workbooks, deterministic (fixed seeds): a 100,000-line jobs sheet over the plan's quarters so far,
/// and a realistic quarterly return (cover sheet, 970 job lines for one quarter, 30 cooperatives). Cells take the
/// forms officers really type: quarters and SIRETs as text, axes as 2 or « Axe 2 », some FTEs as French text « 0,5 »,
/// communes in capitals, blank contract types, comments here and there, a Total row with a formula.
/// </summary>
internal static class BenchWorkbooks
{
    public const int LargeLines = 100_000;
    public const int SmallJobLines = 970;
    public const int SmallCooperatives = 30;

    private static readonly string[] Communes =
        ["Aulnay-sous-Bois", "Drancy", "Dugny", "Le Blanc-Mesnil", "Le Bourget", "Sevran", "Tremblay-en-France", "Villepinte"];

    private static readonly string?[] Contracts = ["CDI", "CDD", "CDDI/Insertion", "Alternance/Apprentissage", "Autre", null];
    private static readonly string[] Kinds = ["Association", "Régie de quartier", "Atelier chantier d'insertion", "Entreprise d'insertion", "SCOP", "Ressourcerie", "Épicerie solidaire", "Fondation"];
    private static readonly string[] Words = ["des Tilleuls", "du Canal", "de l'Ourcq", "Horizon", "Les Ateliers", "Solidaires", "du Vieux-Pays", "Envol", "La Fabrique", "Terres Fertiles"];
    private static readonly string[] LegalForms = ["SCOP", "SCIC", "CAE", "Coopérative d'habitants", "Autre coopérative"];

    /// <summary>The quarters 2024-T1 … 2026-T3: all closed by the bench's clock (26/11/2026).</summary>
    public static readonly Quarter[] PlanQuarters = Enumerable.Range(0, 11).Select(i => new Quarter(2024, 1).AddQuarters(i)).ToArray();

    public static string Large(string directory) =>
        Write(Path.Combine(directory, "jobs-100000-v2.xlsx"), w => Jobs(w, LargeLines, LargeLines / 5, PlanQuarters, seed: 2024, title: "Emplois créés 2024-T1 à 2026-T3"));

    /// <summary>
    /// Plan <paramref name="plan"/>'s jobs for the several-plans measure: <paramref name="lines"/> lines from 10,000
    /// structures of their own (none of the 100,000-line workbook's SIRETs, which is then imported on top), the figures
    /// drawn from a seed of the plan's.
    /// </summary>
    public static string PlanJobs(string directory, int plan, int lines) =>
        Write(Path.Combine(directory, $"plan-{plan:00}-jobs-{lines}.xlsx"),
            w => Jobs(w, lines, 10_000, PlanQuarters, seed: 3000 + plan, title: $"Emplois créés, plan {plan}", firstStructure: LargeLines / 5));

    public static string Small(string directory) => Write(Path.Combine(directory, "2026-T3-quarterly-1000-v2.xlsx"), w =>
    {
        w.Sheet("Lisez-moi", r => r.Row(1).Text(1, "Remontée trimestrielle 2026-T3 : emplois créés et coopératives créées.").Row(3)
            .Text(1, "SIRET : 14 chiffres, saisis en texte. Axe : 1, 2 ou 3. ETP : jamais plus que le nombre d'emplois.").End());
        Jobs(w, SmallJobLines, 700, [new Quarter(2026, 3)], seed: 2026, title: "Emplois créés par les structures de l'ESS — trimestre 2026-T3");
        Cooperatives(w, SmallCooperatives, seed: 2026);
    });

    /// <summary>The 100,000-line workbook of <see cref="Large"/>, the same cells saved as an .ods (as LibreOffice would).</summary>
    public static string LargeOds(string directory) =>
        Write(Path.Combine(directory, "jobs-100000-v2.ods"), w => Jobs(w, LargeLines, LargeLines / 5, PlanQuarters, seed: 2024, title: "Emplois créés 2024-T1 à 2026-T3"));

    private static string Write(string path, Action<IWorkbookWriter> content)
    {
        if (File.Exists(path))
        {
            return path;
        }

        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (IWorkbookWriter writer = path.EndsWith(".ods", StringComparison.Ordinal) ? new OdsWriter(file) : new XlsxWriter(file))
        {
            content(writer);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    // One line per (structure, quarter, contract type): the upload's key, so no line is a duplicate.
    private static void Jobs(IWorkbookWriter workbook, int lines, int structureCount, Quarter[] quarters, int seed, string title, int firstStructure = 0)
    {
        var random = new Random(seed);
        var structures = Enumerable.Range(firstStructure, structureCount).Select(i => Structure(random, i)).ToArray();
        var combinations = quarters.Length * Contracts.Length;
        workbook.Sheet("Emplois", r =>
        {
            r.Row(1).Text(1, title, XlsxWriter.HeaderStyle);
            r.Row(3);
            string[] headers = ["Trimestre *", "SIRET *", "Structure *", "Commune *", "Axe *", "Emplois créés *", "ETP", "Type de contrat", "Commentaire"];
            for (var c = 0; c < headers.Length; c++)
            {
                r.Text(c + 1, headers[c], XlsxWriter.HeaderStyle);
            }

            decimal total = 0;
            for (var i = 0; i < lines; i++)
            {
                var s = structures[i % structureCount];
                var combination = (s.Offset + i / structureCount) % combinations;
                var quarter = quarters[combination / Contracts.Length];
                var jobs = random.Next(1, 13);
                var fte = Math.Round(jobs * (decimal)new[] { 1.0, 0.5, 0.8, 0.75, 0.6 }[random.Next(5)], 2);
                var row = i + 4;
                r.Row(row).Text(1, quarter.ToString()).Text(2, s.Siret).Text(3, s.Name)
                    .Text(4, i % 9 == 0 ? s.Commune.ToUpperInvariant() : s.Commune);
                if (i % 3 == 0)
                {
                    r.Text(5, $"Axe {s.Axis}");
                }
                else
                {
                    r.Number(5, s.Axis);
                }

                r.Number(6, jobs);
                if (i % 4 == 0)
                {
                    r.Text(7, fte.ToString(CultureInfo.GetCultureInfo("fr-FR")));
                }
                else
                {
                    r.Number(7, fte);
                }

                r.Text(8, Contracts[combination % Contracts.Length]).Text(9, i % 25 == 0 ? $"Embauches du {quarter.ToDisplay("fr")} (relance n° {i % 4 + 1})" : null);
                total += jobs;
            }

            r.Row(lines + 4).Text(1, "Total", XlsxWriter.HeaderStyle).Formula(6, $"SUM(F4:F{lines + 3})", total).End();
        });
    }

    private static void Cooperatives(IWorkbookWriter workbook, int count, int seed)
    {
        var random = new Random(seed + 1);
        workbook.Sheet("Coopératives", r =>
        {
            r.Row(1).Text(1, "Coopératives créées — liste au trimestre 2026-T3", XlsxWriter.HeaderStyle);
            r.Row(3);
            string[] headers = ["Nom *", "SIRET", "Forme juridique *", "Date de création *", "Commune *", "Axe *", "Emplois à la création"];
            for (var c = 0; c < headers.Length; c++)
            {
                r.Text(c + 1, headers[c], XlsxWriter.HeaderStyle);
            }

            for (var i = 0; i < count; i++)
            {
                var s = Structure(random, 90_000 + i);
                r.Row(i + 4).Text(1, $"Coopérative {Words[i % Words.Length]} {i + 1}").Text(2, i % 6 == 5 ? null : s.Siret)
                    .Text(3, LegalForms[i % LegalForms.Length]).Date(4, new DateOnly(2024, 1, 15).AddDays(i * 30))
                    .Text(5, s.Commune).Number(6, s.Axis);
                if (i % 3 != 0)
                {
                    r.Number(7, random.Next(1, 8));
                }
            }

            r.End();
        });
    }

    private static (string Siret, string Name, string Commune, int Axis, int Offset) Structure(Random random, int n)
    {
        // 9-digit SIREN made Luhn-valid, then NIC 000n + check digit: distinct per n, as INSEE numbers look.
        var siren = Sirets.WithCheckDigit((10_000_000 + n * 7919 % 89_999_999).ToString(CultureInfo.InvariantCulture));
        var siret = Sirets.WithCheckDigit(siren + "000" + (n % 9 + 1).ToString(CultureInfo.InvariantCulture));
        var name = $"{Kinds[random.Next(Kinds.Length)]} {Words[random.Next(Words.Length)]} {n + 1}";
        return (siret, name, Communes[random.Next(Communes.Length)], random.Next(1, 4), random.Next(1000));
    }
}
