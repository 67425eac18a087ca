using System.Text.Json;

namespace PlanTracker.Core.Plans.Files;

/// <summary>
/// Reads a plan file's JSON into a <see cref="PlanDocument"/> by hand (field names case-insensitive). A value of the
/// wrong type stops the reading with <see cref="JsonException"/> and its path.
/// </summary>
// Keeps `status` ≤ 6× an empty console app (docs/performance.md): the reflection-based serializer cost each start-up
// about 60 ms more than this reader on JsonDocument.
internal static class PlanDocumentReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static PlanDocument? Read(string json)
    {
        using var document = JsonDocument.Parse(json, Options);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var plan = new PlanDocument();
        foreach (var (name, value, path) in Fields(root, "$"))
        {
            switch (name)
            {
                case "code": plan.Code = Text(value, path); break;
                case "name": plan.Name = Text(value, path); break;
                case "territory": plan.Territory = Text(value, path); break;
                case "start": plan.Start = Text(value, path); break;
                case "deadline": plan.Deadline = Text(value, path); break;
                case "gracePeriodDays": plan.GracePeriodDays = Number(value, path, e => e.GetInt32()); break;
                case "communes": plan.Communes = List(value, path, Commune); break;
                case "axes": plan.Axes = List(value, path, Axis); break;
                case "targets": plan.Targets = Map(value, path, Whole); break;
                case "axisTargets": plan.AxisTargets = Map(value, path, (e, p) => Map(e, p, Whole) ?? []); break;
                case "communeTargets": plan.CommuneTargets = Map(value, path, (e, p) => Map(e, p, Whole) ?? []); break;
                case "trajectories": plan.Trajectories = Map(value, path, (e, p) => Map(e, p, Decimal) ?? []); break;
                case "thresholds": plan.Thresholds = Thresholds(value, path); break;
            }
        }

        return plan;
    }

    private static PlanDocument.CommuneDocument? Commune(JsonElement element, string path)
    {
        var commune = new PlanDocument.CommuneDocument();
        foreach (var (name, value, at) in Fields(element, path))
        {
            switch (name)
            {
                case "name": commune.Name = Text(value, at); break;
                case "insee": commune.Insee = Text(value, at); break;
                case "postalCodes": commune.PostalCodes = List(value, at, Text); break;
                case "aliases": commune.Aliases = List(value, at, Text); break;
            }
        }

        return commune;
    }

    private static PlanDocument.AxisDocument? Axis(JsonElement element, string path)
    {
        var axis = new PlanDocument.AxisDocument();
        foreach (var (name, value, at) in Fields(element, path))
        {
            switch (name)
            {
                case "number": axis.Number = Number(value, at, e => e.GetInt32()); break;
                case "fr": axis.Fr = Text(value, at); break;
                case "en": axis.En = Text(value, at); break;
            }
        }

        return axis;
    }

    private static PlanDocument.ThresholdsDocument? Thresholds(JsonElement element, string path)
    {
        var thresholds = new PlanDocument.ThresholdsDocument();
        foreach (var (name, value, at) in Fields(element, path))
        {
            switch (name)
            {
                case "onTrack": thresholds.OnTrack = Number(value, at, e => e.GetDecimal()); break;
                case "watch": thresholds.Watch = Number(value, at, e => e.GetDecimal()); break;
            }
        }

        return thresholds;
    }

    // The fields of an object, each name given as the plan file spells it in the docs whatever its case.
    private static IEnumerable<(string Name, JsonElement Value, string Path)> Fields(JsonElement element, string path)
    {
        Expect(element, JsonValueKind.Object, path);
        foreach (var property in element.EnumerateObject())
        {
            yield return (Known.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase)) ?? property.Name,
                property.Value, Child(path, property.Name));
        }
    }

    private static readonly string[] Known =
    [
        "code", "name", "territory", "start", "deadline", "gracePeriodDays", "communes", "axes", "targets", "axisTargets",
        "communeTargets", "trajectories", "thresholds", "insee", "postalCodes", "aliases", "number", "fr", "en", "onTrack", "watch",
    ];

    private static List<T?>? List<T>(JsonElement element, string path, Func<JsonElement, string, T?> item)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(element, JsonValueKind.Array, path);
        return element.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.Null ? default : item(e, $"{path}[{i}]")).ToList();
    }

    private static Dictionary<string, T>? Map<T>(JsonElement element, string path, Func<JsonElement, string, T> value)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(element, JsonValueKind.Object, path);
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = value(property.Value, Child(path, property.Name));
        }

        return map;
    }

    private static string? Text(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(element, JsonValueKind.String, path);
        return element.GetString();
    }

    private static T? Number<T>(JsonElement element, string path, Func<JsonElement, T> read)
        where T : struct
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(element, JsonValueKind.Number, path);
        try
        {
            return read(element);
        }
        catch (FormatException)
        {
            throw new JsonException("Number out of range.", path, null, null);
        }
    }

    private static int Whole(JsonElement element, string path) =>
        Number(element, path, e => e.GetInt32()) ?? throw new JsonException("Expected a number.", path, null, null);

    private static decimal Decimal(JsonElement element, string path) =>
        Number(element, path, e => e.GetDecimal()) ?? throw new JsonException("Expected a number.", path, null, null);

    private static void Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new JsonException($"Expected {kind}.", path, null, null);
        }
    }

    private static string Child(string path, string name) => path + "." + name;
}
