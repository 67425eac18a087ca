using System.Globalization;

namespace PlanTracker.SampleData.Checking;

/// <summary>Checks every written file, their import order, and the totals they add up to.</summary>
public static class SampleCheck
{
    public static ImportReplay Run(SampleSet set, string directory, List<string> problems)
    {
        var names = set.Workbooks.Select(w => w.FileName).ToList();
        // The import order must be the order a shell glob or a file list gives, whatever the collation.
        foreach (var comparer in new[] { StringComparer.Ordinal, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), false) })
        {
            if (!names.SequenceEqual(names.Order(comparer)))
            {
                problems.Add("The files' alphabetical order is not their import order.");
            }
        }

        var checker = new WorkbookChecker(problems, set.Plan, set.LastQuarter.LastDay);
        var replay = new ImportReplay(problems);
        foreach (var content in set.Workbooks)
        {
            var read = checker.Check(Path.Combine(directory, content.FileName));
            replay.Compare(content, read);
            replay.Import(read);
        }

        foreach (var (quarter, jobs) in set.Curve)
        {
            if (replay.JobsIn(quarter) != jobs)
            {
                problems.Add($"{quarter}: {replay.JobsIn(quarter)} jobs after import, {jobs} meant");
            }
        }

        var meant = set.Catalog.Cooperatives.Count(c => c.Quarter <= set.LastQuarter);
        var counted = replay.Cooperatives.Count(c => c.Counts);
        if (replay.CooperativesUpTo(set.LastQuarter) != meant || counted != meant)
        {
            problems.Add($"{counted} cooperatives after import, {meant} meant");
        }

        return replay;
    }

    /// <summary>Workbooks in the folder that the generator did not write: <c>import sample-data/*.xlsx</c> would take them too.</summary>
    public static IEnumerable<string> Strangers(SampleSet set, string directory) =>
        Directory.EnumerateFiles(directory, "*.xlsx")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith("~$", StringComparison.Ordinal) && set.Workbooks.All(w => w.FileName != name))
            .Order(StringComparer.Ordinal);
}
