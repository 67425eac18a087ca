using System.Text;
using System.Text.RegularExpressions;

namespace PlanTracker.Data.Tests.Dialects;

/// <summary>
/// Finds the SQL in C# source: string literals (regular, verbatim, raw, interpolated) that start with a SQL keyword,
/// literals joined by <c>+</c> taken as one, each interpolation hole replaced by an identifier. A small lexer, not a
/// C# parser: enough for the plain style the stores are written in.
/// </summary>
public static partial class SqlLiterals
{
    private static readonly string[] Keywords = ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "CREATE", "DROP", "DECLARE", "IF", "SET", "EXEC", "MERGE"];

    public const string Hole = "hole";

    public static IEnumerable<string> Find(string source)
    {
        var pieces = new List<(int Start, int End, string Text)>();
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                i = source.IndexOf('\n', i) is var end && end < 0 ? source.Length : end;
            }
            else if (source[i] == '\'' )
            {
                i = source[i + 1] == '\\' ? source.IndexOf('\'', i + 3) : i + 2;
            }
            else if (source[i] == '"' || (source[i] is '$' or '@' && NextQuote(source, i) is > 0))
            {
                var start = i;
                var text = ReadLiteral(source, ref i);
                pieces.Add((start, i, text));
            }
        }

        var joined = new List<string>();
        for (var p = 0; p < pieces.Count; p++)
        {
            var text = pieces[p].Text;
            while (p + 1 < pieces.Count && source[(pieces[p].End + 1)..pieces[p + 1].Start].Trim() == "+")
            {
                text += pieces[++p].Text;
            }

            joined.Add(text);
        }

        return joined
            .Where(t => Keywords.Any(k => t.TrimStart().StartsWith(k + " ", StringComparison.Ordinal) || t.TrimStart().StartsWith(k + "\n", StringComparison.Ordinal)))
            .Select(ExpandLists);
    }

    /// <summary>Dapper expands "IN @list" into "IN (@list1, @list2, …)": the text in the form the server parses.</summary>
    public static string ExpandLists(string sql) => DapperList().Replace(sql, "IN (${name})");

    [GeneratedRegex(@"\bIN (?<name>@\w+)")]
    private static partial Regex DapperList();

    private static int NextQuote(string source, int i)
    {
        var j = i;
        while (j < source.Length && source[j] is '$' or '@')
        {
            j++;
        }

        return j < source.Length && source[j] == '"' && j - i <= 3 ? j : -1;
    }

    // Reads the literal starting at i (prefix included); leaves i on its last character.
    private static string ReadLiteral(string source, ref int i)
    {
        var interpolated = false;
        var verbatim = false;
        while (source[i] is '$' or '@')
        {
            interpolated |= source[i] == '$';
            verbatim |= source[i] == '@';
            i++;
        }

        var quotes = 0;
        while (i + quotes < source.Length && source[i + quotes] == '"')
        {
            quotes++;
        }

        var raw = quotes >= 3;
        if (!raw)
        {
            quotes = 1;
        }

        i += quotes;
        var text = new StringBuilder();
        while (i < source.Length)
        {
            if (raw && string.CompareOrdinal(source, i, new string('"', quotes), 0, quotes) == 0)
            {
                i += quotes - 1;
                return Dedent(text.ToString());
            }

            var c = source[i];
            if (!raw && c == '"' && verbatim && i + 1 < source.Length && source[i + 1] == '"')
            {
                text.Append('"');
                i += 2;
                continue;
            }

            if (!raw && c == '"')
            {
                return text.ToString();
            }

            if (!raw && !verbatim && c == '\\')
            {
                text.Append(source[i + 1] switch { 'n' => '\n', 't' => '\t', var other => other });
                i += 2;
                continue;
            }

            if (interpolated && c == '{')
            {
                if (i + 1 < source.Length && source[i + 1] == '{')
                {
                    text.Append('{');
                    i += 2;
                    continue;
                }

                SkipHole(source, ref i);
                text.Append(Hole);
                continue;
            }

            text.Append(c);
            i++;
        }

        return text.ToString();
    }

    // Skips an interpolation hole, nested strings and braces included; leaves i after its closing brace.
    private static void SkipHole(string source, ref int i)
    {
        var depth = 0;
        do
        {
            if (source[i] == '"')
            {
                i++;
                while (source[i] != '"')
                {
                    i += source[i] == '\\' ? 2 : 1;
                }
            }
            else if (source[i] == '{')
            {
                depth++;
            }
            else if (source[i] == '}')
            {
                depth--;
            }

            i++;
        }
        while (depth > 0);
    }

    private static string Dedent(string text) => string.Join('\n', text.Split('\n').Select(l => l.Trim()));
}
