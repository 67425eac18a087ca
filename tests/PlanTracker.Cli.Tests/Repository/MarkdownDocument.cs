using System.Text;
using System.Text.RegularExpressions;

namespace PlanTracker.Cli.Tests.RepositoryChecks;

/// <summary>The links and heading anchors of a Markdown file, as GitHub renders them (code blocks and spans excluded).</summary>
public sealed partial class MarkdownDocument
{
    private MarkdownDocument(IReadOnlyList<(int Line, string Target)> links, IReadOnlySet<string> anchors)
    {
        Links = links;
        Anchors = anchors;
    }

    /// <summary>Every link target with its 1-based line: inline links, images and reference definitions.</summary>
    public IReadOnlyList<(int Line, string Target)> Links { get; }

    /// <summary>The anchors of its headings (GitHub's slugs, "-1", "-2" for repeats) and of explicit <c>id</c>s.</summary>
    public IReadOnlySet<string> Anchors { get; }

    public static MarkdownDocument Parse(string text)
    {
        var links = new List<(int, string)>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            var prose = CodeSpan().Replace(line, "");
            links.AddRange(InlineLink().Matches(prose).Select(m => (i + 1, Unwrap(m.Groups["target"].Value))));
            if (ReferenceDefinition().Match(prose) is { Success: true } definition)
            {
                links.Add((i + 1, Unwrap(definition.Groups["target"].Value)));
            }

            anchors.UnionWith(ExplicitId().Matches(prose).Select(m => m.Groups["id"].Value));
            if (Heading().Match(line) is { Success: true } heading)
            {
                var slug = Slug(heading.Groups["text"].Value);
                var unique = slug;
                for (var n = 1; !anchors.Add(unique); n++)
                {
                    unique = $"{slug}-{n}";
                }
            }
        }

        return new MarkdownDocument(links, anchors);
    }

    /// <summary>GitHub's heading anchor: lower case, letters, digits, '-' and '_' kept, spaces to '-', the rest dropped.</summary>
    public static string Slug(string heading)
    {
        var text = HeadingLink().Replace(heading.Trim().TrimEnd('#').Trim(), "${text}");
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static string Unwrap(string target) => target.StartsWith('<') && target.EndsWith('>') ? target[1..^1] : target;

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(`+).*?\1")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(?<target><[^>]*>|[^\s)]+)(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*(?<target>\S+)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex HeadingLink();

    [GeneratedRegex(@"<a\s+(?:id|name)=""(?<id>[^""]+)""")]
    private static partial Regex ExplicitId();
}
