using PlanTracker.Core.Plans;
using PlanTracker.Core.Territory;
using PlanTracker.Core.Text;

namespace PlanTracker.Cli.Tests.RepositoryChecks;

/// <summary>
/// The territory is data: no file under src/ but the default plan file names one of its communes, its axes' labels or
/// the territory itself, so that another territory needs a plan file and no code change. Compared folded (case,
/// accents, spaces, hyphens, apostrophes and a commune's leading article ignored), the names taken from the plan file.
/// </summary>
public class TerritoryInCodeTests
{
    private const string PlanFile = "src/PlanTracker.Core/DefaultPlan.json";

    // The migration to several plans names the territory (not a commune or an axis): every database made with one plan
    // per database was this territory's, and the upgrade names its plan so.
    private const string Migrations = "src/PlanTracker.Data/Migrations/";

    [Test]
    public void No_file_in_src_names_the_default_territory_but_its_plan_file()
    {
        var found = Findings(RepositoryFiles.Text.Where(f => f.StartsWith("src/", StringComparison.Ordinal) && f != PlanFile));

        string.Join(Environment.NewLine, found).Should().BeEmpty("the communes and axes come from the plan file");
    }

    [Test]
    public void The_check_sees_the_names_in_the_plan_file_itself()
    {
        // The words to look for, seen where they are: the check is not blind.
        Findings([PlanFile]).Should().HaveCountGreaterThanOrEqualTo(12);
    }

    private static List<string> Findings(IEnumerable<string> files)
    {
        var plan = Plan.Default;
        var words = plan.Territory.Communes.Select(c => (Shown: c.Name, Key: Commune.MatchKey(c.Name)))
            .Concat(plan.Territory.Axes.SelectMany(a => new[] { a.LabelFr, a.LabelEn }).Select(l => (Shown: l, Key: TextKey.Fold(l))))
            .Append((Shown: plan.TerritoryName, Key: TextKey.Fold(plan.TerritoryName)))
            .ToList();
        var found = new List<string>();
        foreach (var file in files)
        {
            var lines = RepositoryFiles.Read(file).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var folded = TextKey.Fold(lines[i]);
                found.AddRange(words.Where(w => folded.Contains(w.Key, StringComparison.Ordinal))
                    .Where(w => !(w.Shown == plan.TerritoryName && file.StartsWith(Migrations, StringComparison.Ordinal)))
                    .Select(w => $"{file}:{i + 1}: {w.Shown}"));
            }
        }

        return found;
    }
}
