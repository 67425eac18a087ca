using System.Collections;
using System.Text.Json;

namespace PlanTracker.Cli.Options;

/// <summary>
/// The CLI's settings read as Microsoft.Extensions.Configuration reads them (docs/configuration.md: appsettings.json,
/// then environment variables): JSON files flattened to <c>Section:Key</c>, keys case-insensitive, later sources winning,
/// <c>__</c> in a variable's name for <c>:</c>, and the <c>SQLCONNSTR_</c>-style prefixes for connection strings.
/// Every command reads these two settings first; loading the configuration library for them cost each command
/// about 12 ms of start-up (docs/performance.md). A test checks this reader gives the library's answers.
/// </summary>
// Keeps `plantracker status` ≤ 6× an empty console app (about 12 ms of it): see docs/performance.md.
public sealed class CliConfiguration
{
    private static readonly string[] ConnectionStringPrefixes = ["SQLCONNSTR_", "SQLAZURECONNSTR_", "MYSQLCONNSTR_", "CUSTOMCONNSTR_"];

    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    private CliConfiguration()
    {
    }

    public string? this[string key] => _values.GetValueOrDefault(key);

    /// <summary>JSON files in order (missing ones skipped), then <paramref name="environment"/> (the process's when null).</summary>
    public static CliConfiguration Load(IEnumerable<string> jsonFiles, IDictionary? environment = null)
    {
        var configuration = new CliConfiguration();
        foreach (var file in jsonFiles.Where(File.Exists))
        {
            configuration.AddJson(file);
        }

        foreach (DictionaryEntry variable in environment ?? Environment.GetEnvironmentVariables())
        {
            configuration.AddVariable((string)variable.Key, (string?)variable.Value);
        }

        return configuration;
    }

    private void AddJson(string file)
    {
        JsonDocument document;
        try
        {
            // The stream overload skips a UTF-8 byte order mark, as the library's reader does (Windows editors write one).
            using var stream = File.OpenRead(file);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new UserException($"Le fichier de configuration {file} n'est pas un JSON valide (ligne {e.LineNumber + 1}) : {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UserException($"Le fichier de configuration {file} doit contenir un objet JSON ({{ … }}).");
            }

            Flatten(document.RootElement, null, new HashSet<string>(StringComparer.OrdinalIgnoreCase), file);
        }
    }

    private void Flatten(JsonElement element, string? path, HashSet<string> seen, string file)
    {
        // The library refuses a key given twice in one file (whatever its case): so does this reader.
        if (path is not null && element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array) && !seen.Add(path))
        {
            throw new UserException($"Le fichier de configuration {file} donne deux fois la clé « {path} ».");
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, path is null ? property.Name : $"{path}:{property.Name}", seen, file);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, $"{path}:{index++}", seen, file);
                }

                break;
            case JsonValueKind.Null:
                _values[path!] = null;
                break;
            case JsonValueKind.String:
                _values[path!] = element.GetString();
                break;
            case JsonValueKind.True or JsonValueKind.False:
                _values[path!] = element.GetBoolean() ? bool.TrueString : bool.FalseString;
                break;
            default:
                // Numbers keep their JSON text, as the library does.
                _values[path!] = element.GetRawText();
                break;
        }
    }

    private void AddVariable(string name, string? value)
    {
        foreach (var prefix in ConnectionStringPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                _values["ConnectionStrings:" + Normalize(name[prefix.Length..])] = value;
                return;
            }
        }

        _values[Normalize(name)] = value;
    }

    private static string Normalize(string name) => name.Replace("__", ":", StringComparison.Ordinal);
}
