using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlanTracker.Core.Plans;

namespace PlanTracker.Data.Plans;

/// <summary>
/// A plan file (JSON): its <c>code</c>, <c>name</c> and <c>territory</c>, read here, and the plan itself, read by
/// <see cref="Plan.FromJson"/> (which ignores the fields it does not know). Every problem is reported, in French.
/// </summary>
internal static partial class PlanFile
{
    public const string DefaultCode = "paris-terres-d-envol";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The plan's names and the plan, or the errors that make the document unusable.</summary>
    public static (PlanRef? Names, Plan? Plan, IReadOnlyList<string> Errors) Read(string document)
    {
        var errors = new List<string>();
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(document, Options);
        }
        catch (JsonException e)
        {
            return (null, null, [$"Le fichier de plan n'est pas un JSON valide (ligne {e.LineNumber + 1}) : {e.Message}"]);
        }

        string? code, name, territory;
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null, ["Le fichier de plan doit contenir un objet JSON ({ … })."]);
            }

            code = Text(json.RootElement, "code", errors);
            name = Text(json.RootElement, "name", errors);
            territory = Text(json.RootElement, "territory", errors);
        }

        // A code made of digits alone would read as an id in --plan.
        if (code is not null && (code.Length > 60 || !CodeForm().IsMatch(code)))
        {
            errors.Add($"« code » : « {code} » n'est pas un code de plan (lettres minuscules sans accent, chiffres et tirets, 60 caractères au plus, pas seulement des chiffres ; ex. paris-terres-d-envol).");
        }

        var plan = ReadPlan(document, errors);
        return errors.Count > 0 ? (null, null, errors) : (new PlanRef(0, code!, name!, territory!), plan, errors);
    }

    /// <summary>Core's default plan file, given the default code, name and territory when it does not name them.</summary>
    public static string DefaultDocument()
    {
        using var stream = typeof(Plan).Assembly.GetManifestResourceStream("PlanTracker.Core.DefaultPlan.json")
                           ?? throw new InvalidOperationException("DefaultPlan.json is not embedded.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var node = JsonNode.Parse(text, documentOptions: Options)!.AsObject();
        if (node.ContainsKey("code"))
        {
            return text;
        }

        var named = new JsonObject
        {
            ["code"] = DefaultCode,
            ["name"] = "Plan ESS 2024-2030",
            ["territory"] = "Paris Terres d'Envol",
        };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            named[key] = value;
        }

        return named.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static Plan? ReadPlan(string document, List<string> errors)
    {
        try
        {
            var plan = Plan.FromJson(document);
            foreach (var indicator in new[] { Indicator.Jobs, Indicator.Cooperatives }.Where(i => !plan.Targets.ContainsKey(i)))
            {
                errors.Add($"« targets » : la cible « {indicator.Code()} » manque (ex. \"targets\": {{ \"jobs\": 1500, \"cooperatives\": 30 }}).");
            }

            return plan;
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            errors.Add($"Plan illisible : {e.Message}");
            return null;
        }
    }

    private static string? Text(JsonElement root, string property, List<string> errors)
    {
        if (root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!.Trim();
        }

        errors.Add($"« {property} » manque ou n'est pas un texte.");
        return null;
    }

    [GeneratedRegex("^(?![0-9]+$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodeForm();
}
