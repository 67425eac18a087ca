using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;

namespace PlanTracker.Import.Validation;

/// <summary>
/// Core's text lookups (quarter, the plan's communes and axes, contract type, legal form, job nature, cooperative origin and stage), remembered for one upload: a sheet repeats
/// a handful of values on every row, and each lookup folds accents or runs a regex. The lookups are pure functions of
/// the text, so a remembered answer is the answer. Past <see cref="MaxEntries"/> distinct texts per kind (a garbage
/// column), answers are computed without being kept, so memory stays bounded.
/// </summary>
internal sealed class Lookups(PlanTerritory territory)
{
    public const int MaxEntries = 4_096;

    private readonly Memo<Quarter> _quarters = new(TryParseQuarter);
    private readonly Memo<Commune> _communes = new(territory.TryMatchCommune);
    private readonly Memo<Axis> _axes = new(territory.TryParseAxis);
    private readonly Memo<ContractType> _contractTypes = new(ContractTypes.TryParse);
    private readonly Memo<LegalForm> _legalForms = new(LegalForms.TryParse);
    private readonly Memo<JobNature> _natures = new(JobNatures.TryParse);
    private readonly Memo<CooperativeOrigin> _origins = new(CooperativeOrigins.TryParse);
    private readonly Memo<CooperativeStage> _stages = new(CooperativeStages.TryParse);

    public bool TryQuarter(string text, out Quarter quarter) => _quarters.TryGet(text, out quarter);

    public bool TryCommune(string text, out Commune commune) => _communes.TryGet(text, out commune);

    public bool TryAxis(string text, out Axis axis) => _axes.TryGet(text, out axis);

    public bool TryContractType(string text, out ContractType type) => _contractTypes.TryGet(text, out type);

    public bool TryLegalForm(string text, out LegalForm form) => _legalForms.TryGet(text, out form);

    public bool TryNature(string text, out JobNature nature) => _natures.TryGet(text, out nature);

    public bool TryOrigin(string text, out CooperativeOrigin origin) => _origins.TryGet(text, out origin);

    public bool TryStage(string text, out CooperativeStage stage) => _stages.TryGet(text, out stage);

    // REVIEW: Core's Quarter.TryParse threw for a date before 1900 ("01/01/0001"): a user's typo must stay an error
    // message, so it is still caught here, in case it ever does again.
    private static bool TryParseQuarter(string? text, out Quarter quarter)
    {
        try
        {
            return Quarter.TryParse(text, out quarter);
        }
        catch (ArgumentOutOfRangeException)
        {
            quarter = default;
            return false;
        }
    }

    private delegate bool TryParse<T>(string? text, out T value);

    private sealed class Memo<T>(TryParse<T> parse)
    {
        private readonly Dictionary<string, (bool Found, T Value)> _answers = new(StringComparer.Ordinal);

        public bool TryGet(string text, out T value)
        {
            if (_answers.TryGetValue(text, out var known))
            {
                value = known.Value;
                return known.Found;
            }

            var found = parse(text, out value);
            if (_answers.Count < MaxEntries)
            {
                _answers.Add(text, (found, value));
            }

            return found;
        }
    }
}
