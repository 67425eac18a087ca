using System.Globalization;
using System.Text.RegularExpressions;
using PlanTracker.Core.Territory;

namespace PlanTracker.Core.Plans.Files;

/// <summary>Checks a plan file's fields one by one, collecting every mistake, and builds the plan when there is none.</summary>
internal sealed partial class PlanFileChecks(PlanDocument document)
{
    public const int DefaultGracePeriodDays = 45;

    private readonly List<PlanFileError> _errors = [];

    public PlanFileResult Run()
    {
        var code = Code();
        var name = Required(document.Name, "name", "le nom du plan", "the plan's name");
        var territoryName = Required(document.Territory, "territory", "le nom du territoire", "the territory's name");
        var communes = Communes();
        var axes = Axes();
        var (start, deadline) = Window();
        var targets = Targets();
        var territory = communes.Count > 0 && axes.Count > 0 ? new PlanTerritory(communes, axes) : null;
        var axisTargets = SubTargets(document.AxisTargets, "axisTargets", AxisKey(axes));
        var communeTargets = SubTargets(document.CommuneTargets, "communeTargets", CommuneKey(territory));
        var trajectories = SubTargets(document.Trajectories, "trajectories", YearKey);
        var thresholds = Thresholds();
        var grace = document.GracePeriodDays ?? DefaultGracePeriodDays;
        if (grace < 0)
        {
            Add("gracePeriodDays", "nombre de jours négatif.", "a negative number of days.");
        }

        if (_errors.Count > 0 || territory is null)
        {
            return new PlanFileResult(null, _errors);
        }

        return new PlanFileResult(new Plan
        {
            Code = code,
            Name = name,
            TerritoryName = territoryName,
            Territory = territory,
            Start = start,
            Deadline = deadline,
            Targets = targets,
            AxisTargets = axisTargets,
            CommuneTargets = communeTargets,
            Trajectories = trajectories,
            Thresholds = thresholds,
            GracePeriodDays = grace,
        }, []);
    }

    private void Add(string where, string fr, string en) => _errors.Add(new PlanFileError(where, fr, en));

    private string Required(string? value, string where, string whatFr, string whatEn)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(where, $"{whatFr} manque.", $"{whatEn} is missing.");
            return "";
        }

        return value.Trim();
    }

    private string Code()
    {
        var code = Required(document.Code, "code", "le code du plan", "the plan's code");
        if (code.Length > 0 && (code.Length > 40 || !Slug().IsMatch(code)))
        {
            Add("code", $"« {code} » n'est pas un code valide : minuscules sans accents, chiffres et tirets simples, pas seulement des chiffres, 40 caractères au plus (par exemple plan-ess-2030).",
                $"“{code}” is not a valid code: lower-case letters without accents, digits and single hyphens, not digits alone, at most 40 characters (e.g. plan-ess-2030).");
        }

        return code;
    }

    private (DateOnly Start, DateOnly Deadline) Window()
    {
        var start = Date(document.Start, "start");
        var deadline = Date(document.Deadline, "deadline");
        if (start is { } s && deadline is { } d && d <= s)
        {
            Add("deadline", $"l'échéance {d:yyyy-MM-dd} n'est pas après le début {s:yyyy-MM-dd}.", $"the deadline {d:yyyy-MM-dd} is not after the start {s:yyyy-MM-dd}.");
        }

        return (start ?? default, deadline ?? default);
    }

    private DateOnly? Date(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(where, "date manquante (attendu : AAAA-MM-JJ).", "missing date (expected: YYYY-MM-DD).");
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(where, $"« {text} » n'est pas une date AAAA-MM-JJ.", $"“{text}” is not a YYYY-MM-DD date.");
        return null;
    }

    private Dictionary<Indicator, int> Targets()
    {
        var targets = new Dictionary<Indicator, int>();
        if (document.Targets is null)
        {
            Add("targets", "cibles manquantes (attendu : jobs et cooperatives).", "missing targets (expected: jobs and cooperatives).");
            return targets;
        }

        foreach (var (key, value) in document.Targets)
        {
            if (Indicator(key, $"targets.{key}") is { } indicator)
            {
                targets[indicator] = value;
                if (value <= 0)
                {
                    Add($"targets.{key}", "la cible doit être un nombre entier positif.", "the target must be a positive whole number.");
                }
            }
        }

        foreach (var indicator in Enum.GetValues<Indicator>().Where(i => !targets.ContainsKey(i)))
        {
            Add($"targets.{indicator.Code()}", "cible manquante.", "missing target.");
        }

        return targets;
    }

    private Indicator? Indicator(string key, string where)
    {
        if (key is "jobs" or "cooperatives")
        {
            return IndicatorNames.FromCode(key);
        }

        Add(where, $"indicateur inconnu « {key} » (attendu : jobs ou cooperatives).", $"unknown indicator “{key}” (expected: jobs or cooperatives).");
        return null;
    }

    private StatusThresholds Thresholds()
    {
        var defaults = new StatusThresholds();
        var onTrack = document.Thresholds?.OnTrack ?? defaults.OnTrack;
        var watch = document.Thresholds?.Watch ?? defaults.Watch;
        if (onTrack <= 0 || watch <= 0 || watch > onTrack)
        {
            Add("thresholds", "seuils attendus positifs, « watch » au plus égal à « onTrack » (par exemple 0.95 et 0.80).",
                "thresholds must be positive, “watch” no higher than “onTrack” (e.g. 0.95 and 0.80).");
        }

        return new StatusThresholds(onTrack, watch);
    }

    // Not digits alone: --plan 42 reads as the plan whose id is 42.
    [GeneratedRegex("^(?![0-9]+$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
