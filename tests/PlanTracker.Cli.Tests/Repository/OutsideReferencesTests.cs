using System.Text.RegularExpressions;

namespace PlanTracker.Cli.Tests.RepositoryChecks;

/// <summary>
/// The repository stands alone: no text file points to documents a clone does not have (a shared folder beside it,
/// notes kept elsewhere, an issue tracker by number, an unnamed "specification"), and every docs/ page a file names
/// exists. The patterns are built from pieces so that this file does not match them itself.
/// </summary>
public class OutsideReferencesTests
{
    private const string Dot = ".";

    private static readonly (string Why, Regex Pattern)[] Forbidden =
    [
        ("a folder outside the repository", Rx(Regex.Escape(Dot + Dot + "/" + "shared"))),
        ("a folder outside the repository", Rx(@"\bshared/" + "spec")),
        ("notes outside the repository", Rx(@"\b(STACK|STYLE)" + Regex.Escape(Dot) + "md\\b")),
        ("a document that is not in docs/", Rx(@"(?<![\w/-])plan" + Regex.Escape(Dot) + "md\\b")),
        ("an issue number: say the rule itself", Rx(@"\bissues?\s*#?\s*[0-9]+\b")),
        ("an unnamed specification: name the docs/ page", Rx(@"\bthe\s+spec\b|\bspec\s+says\b|\bper\s+spec\b|\bspec" + @"'s\b")),
    ];

    [Test]
    public void No_text_file_refers_to_anything_outside_the_repository()
    {
        var problems = new List<string>();
        foreach (var file in RepositoryFiles.Text)
        {
            var lines = RepositoryFiles.Read(file).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var (why, pattern) in Forbidden)
                {
                    if (pattern.Match(lines[i]) is { Success: true } match)
                    {
                        problems.Add($"{file}:{i + 1}: \"{match.Value}\" refers to {why}");
                    }
                }
            }
        }

        string.Join(Environment.NewLine, problems).Should().BeEmpty("someone who clones the repository has nothing else");
    }

    [Test]
    public void Every_docs_page_a_file_names_exists()
    {
        var page = Rx(@"(?<![\w.-])docs/[\w.-]+" + Regex.Escape(Dot) + "md\\b");
        var missing = RepositoryFiles.Text
            .SelectMany(file => page.Matches(RepositoryFiles.Read(file)).Select(m => (File: file, Page: m.Value)))
            .Where(r => !File.Exists(RepositoryFiles.FullPath(r.Page)))
            .Select(r => $"{r.File} names {r.Page}")
            .Distinct()
            .ToList();

        string.Join(Environment.NewLine, missing).Should().BeEmpty("a page named in a file must exist");
    }

    [TestCase("// see " + Dot + Dot + "/shared/" + "spec/cli" + Dot + "md")]
    [TestCase("<!-- Versions: see STACK" + Dot + "md -->")]
    [TestCase("# Workbooks saved by LibreOffice (iss" + "ue 3)")]
    [TestCase("// Iss" + "ue #" + "7: the bench")]
    [TestCase("/// the progress maths of plan" + Dot + "md")]
    [TestCase("as the sp" + "ec says")]
    [TestCase("the sp" + "ec wants them all")]
    public void A_reference_outside_the_repository_is_caught(string line) =>
        Forbidden.Should().Contain(f => f.Pattern.IsMatch(line));

    [TestCase("// status JSON contract: field names are stable (docs/cli.md)")]
    [TestCase("--rule: #c8c8c8; and \"#,##0\" and &#" + "39;")]
    [TestCase("the specification of the workbook is docs/quarterly-file.md")]
    [TestCase("a ColumnSpec spec; spec.Ordinal")]
    public void Ordinary_text_passes(string line) =>
        Forbidden.Should().NotContain(f => f.Pattern.IsMatch(line));

    [Test]
    public void The_scan_reads_the_repository()
    {
        var files = RepositoryFiles.Text.ToList();
        files.Should().Contain(["README.md", "src/PlanTracker.Cli/CliApp.cs", "docs/cli.md", ".ci/run"]);
        files.Should().NotContain(f => f.EndsWith(".xlsx", StringComparison.Ordinal) || f.Contains("/bin/", StringComparison.Ordinal));
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
