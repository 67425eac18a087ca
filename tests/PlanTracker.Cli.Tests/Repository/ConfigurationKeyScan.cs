using System.Text.RegularExpressions;

namespace PlanTracker.Cli.Tests.RepositoryChecks;

/// <summary>
/// Finds the settings C# source reads, in each way the code reads them: an indexer with a <c>Section:Key</c> string
/// (<c>configuration["…"]</c>, the CLI's own reader included), <c>GetValue</c>, <c>GetSection</c> /
/// <c>GetRequiredSection</c>, <c>Bind</c> / <c>BindConfiguration</c>, <c>GetConnectionString</c> (a
/// <c>ConnectionStrings:</c> key) and <c>Environment.GetEnvironmentVariable</c>. An argument may be a string literal or a
/// <c>const string</c> declared anywhere in the scanned source.
/// </summary>
public static partial class ConfigurationKeyScan
{
    /// <summary>Each setting read: a configuration key (<c>Section:Key</c>) or an environment variable, and a file reading it.</summary>
    public static IReadOnlyList<(string Name, bool IsEnvironmentVariable, string Source)> Scan(IEnumerable<(string Path, string Code)> files)
    {
        var sources = files.ToList();
        var constants = sources
            .SelectMany(f => Constant().Matches(f.Code))
            .GroupBy(m => m.Groups["name"].Value)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Groups["value"].Value).ToList());
        var settings = new List<(string Name, bool IsEnvironmentVariable, string Source)>();
        foreach (var (path, code) in sources)
        {
            foreach (Match m in ColonIndexer().Matches(code))
            {
                settings.Add((m.Groups["key"].Value, false, path));
            }

            foreach (var (regex, prefix, environment) in Readers)
            {
                foreach (Match m in regex.Matches(code))
                {
                    settings.AddRange(Resolve(m.Groups["arg"].Value.Trim(), constants)
                        .Select(value => (prefix + value, environment, path)));
                }
            }
        }

        return settings.DistinctBy(s => (s.Name, s.IsEnvironmentVariable)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The environment variable form of a key: <c>Section__Key</c>.</summary>
    public static string EnvironmentForm(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static readonly (Regex Regex, string Prefix, bool Environment)[] Readers =
    [
        (GetValue(), "", false),
        (GetSection(), "", false),
        (Bind(), "", false),
        (IdentifierIndexer(), "", false),
        (GetConnectionString(), "ConnectionStrings:", false),
        (GetEnvironmentVariable(), "", true),
    ];

    // A literal is the value; a name is looked up among the const strings (qualified or not); anything else is a
    // variable this scan cannot follow, such as a data reader's column index, and is not a setting.
    private static IEnumerable<string> Resolve(string argument, Dictionary<string, List<string>> constants)
    {
        if (Literal().Match(argument) is { Success: true } literal)
        {
            return [literal.Groups["value"].Value];
        }

        var name = argument.Split('.')[^1];
        return constants.TryGetValue(name, out var values) ? values : [];
    }

    [GeneratedRegex(@"\bconst\s+string\s+(?<name>\w+)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex Constant();

    [GeneratedRegex(@"^@?""(?<value>[^""]*)""$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\[\s*""(?<key>[A-Za-z][\w.]*(?::[\w.]+)+)""\s*\]")]
    private static partial Regex ColonIndexer();

    [GeneratedRegex(@"\b[Cc]onfig(?:uration)?\s*\[\s*(?<arg>[\w.]+)\s*\]")]
    private static partial Regex IdentifierIndexer();

    [GeneratedRegex(@"\bGetValue\s*(?:<[^<>()]+>)?\s*\(\s*(?<arg>@?""[^""]*""|[\w.]+)")]
    private static partial Regex GetValue();

    [GeneratedRegex(@"\bGet(?:Required)?Section\s*\(\s*(?<arg>@?""[^""]*""|[\w.]+)\s*\)")]
    private static partial Regex GetSection();

    [GeneratedRegex(@"\b(?:Bind|BindConfiguration)\s*\(\s*(?<arg>@?""[^""]*""|[\w.]+)\s*[,)]")]
    private static partial Regex Bind();

    [GeneratedRegex(@"\bGetConnectionString\s*\(\s*(?<arg>@?""[^""]*""|[\w.]+)\s*\)")]
    private static partial Regex GetConnectionString();

    [GeneratedRegex(@"\bGetEnvironmentVariable\s*\(\s*(?<arg>@?""[^""]*""|[\w.]+)\s*\)")]
    private static partial Regex GetEnvironmentVariable();
}
