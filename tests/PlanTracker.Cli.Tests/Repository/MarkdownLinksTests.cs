using System.Text.RegularExpressions;

namespace PlanTracker.Cli.Tests.RepositoryChecks;

/// <summary>
/// Every Markdown file of the repository links only to what a clone has: relative links reach an existing file (and,
/// for a Markdown file, an existing heading); no link leaves the repository except a web address.
/// </summary>
public partial class MarkdownLinksTests
{
    private static IEnumerable<string> MarkdownFiles =>
        RepositoryFiles.All.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase));

    [Test]
    public void Every_link_of_every_markdown_file_points_inside_the_repository_to_something_that_exists()
    {
        var problems = new List<string>();
        foreach (var file in MarkdownFiles)
        {
            foreach (var (line, target) in MarkdownDocument.Parse(RepositoryFiles.Read(file)).Links)
            {
                if (Problem(file, target) is { } problem)
                {
                    problems.Add($"{file}:{line}: ({target}) {problem}");
                }
            }
        }

        string.Join(Environment.NewLine, problems).Should().BeEmpty("a reader of a clone must be able to follow every link");
    }

    [Test]
    public void The_scan_sees_the_links_and_headings_it_checks()
    {
        MarkdownFiles.Should().Contain(["README.md", "docs/cli.md", "docs/quarterly-file.md"]);
        var readme = MarkdownDocument.Parse(RepositoryFiles.Read("README.md"));
        readme.Links.Select(l => l.Target).Should().Contain(["docs/cli.md", "docs/quarterly-file.md", "docs/configuration.md"]);
        readme.Anchors.Should().Contain(["run-it", "test-it"]);
        MarkdownDocument.Parse(RepositoryFiles.Read("docs/cli.md")).Anchors.Should().Contain("status---format-json");
    }

    [TestCase("## Run it", "run-it")]
    [TestCase("#### `status --format json`", "status---format-json")]
    [TestCase("## The plan (`DefaultPlan.json`)", "the-plan-defaultplanjson")]
    [TestCase("### Types de contrat", "types-de-contrat")]
    [TestCase("## See [the CLI](docs/cli.md) too", "see-the-cli-too")]
    public void Headings_get_the_anchors_GitHub_gives_them(string heading, string anchor) =>
        MarkdownDocument.Parse(heading).Anchors.Should().Equal(anchor);

    [Test]
    public void Links_in_code_are_not_links()
    {
        var document = MarkdownDocument.Parse("a [link](one.md) and `[code](two.md)`\n```\n[fenced](three.md)\n```\n[ref]: four.md\n");
        document.Links.Select(l => l.Target).Should().Equal("one.md", "four.md");
    }

    [TestCase("../" + "shared/" + "spec/cli" + ".md", "leaves the repository")]
    [TestCase("docs/" + "missing.md", "no such file")]
    [TestCase("docs/cli.md#no-such-heading", "no heading")]
    [TestCase("/work/main/README.md", "absolute path")]
    [TestCase("file:///etc/passwd", "not a web address")]
    public void A_bad_link_is_reported(string target, string expected) =>
        Problem("README.md", target).Should().Contain(expected);

    [TestCase("docs/cli.md")]
    [TestCase("docs/cli.md#exit-codes")]
    [TestCase("#run-it")]
    [TestCase("https://learn.microsoft.com/dotnet/")]
    [TestCase("src/PlanTracker.Core")]
    public void A_good_link_passes(string target) => Problem("README.md", target).Should().BeNull();

    /// <summary>Why <paramref name="target"/>, linked from <paramref name="file"/>, is wrong; null when it is fine.</summary>
    private static string? Problem(string file, string target)
    {
        if (Scheme().Match(target) is { Success: true } scheme)
        {
            return scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto" ? null : "not a web address: link to a file of the repository";
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? "" : target[(hash + 1)..];
        if (path.StartsWith('/') || Path.IsPathRooted(path))
        {
            return "absolute path: use a path relative to the file";
        }

        var fileFolder = Path.GetDirectoryName(RepositoryFiles.FullPath(file))!;
        var resolved = path.Length == 0 ? RepositoryFiles.FullPath(file) : Path.GetFullPath(Path.Combine(fileFolder, path));
        var root = RepositoryFiles.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!resolved.StartsWith(root, StringComparison.Ordinal))
        {
            return "leaves the repository";
        }

        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return "no such file in the repository";
        }

        if (anchor.Length > 0 && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && !MarkdownDocument.Parse(File.ReadAllText(resolved)).Anchors.Contains(anchor))
        {
            return $"no heading with anchor #{anchor} there";
        }

        return null;
    }

    // A scheme needs two letters at least, so that a Windows drive ("C:") is not one.
    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.-]+):")]
    private static partial Regex Scheme();
}
