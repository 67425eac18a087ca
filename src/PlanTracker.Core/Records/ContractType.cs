using PlanTracker.Core.Text;

namespace PlanTracker.Core.Records;

/// <summary>Contract types seen in job counts; a blank cell means <see cref="Unspecified"/>.</summary>
public enum ContractType
{
    Unspecified,
    Cdi,
    Cdd,
    Insertion,
    WorkStudy,
    Other,
}

public static class ContractTypes
{
    /// <summary>The labels an officer picks from (the template's drop-down list), in order.</summary>
    public static IReadOnlyList<ContractType> Choices { get; } =
        [ContractType.Cdi, ContractType.Cdd, ContractType.Insertion, ContractType.WorkStudy, ContractType.Other];

    /// <summary>The stored code, stable across languages: CDI, CDD, CDDI, ALTERNANCE, AUTRE, NP.</summary>
    public static string Code(this ContractType type) => type switch
    {
        ContractType.Cdi => "CDI",
        ContractType.Cdd => "CDD",
        ContractType.Insertion => "CDDI",
        ContractType.WorkStudy => "ALTERNANCE",
        ContractType.Other => "AUTRE",
        _ => "NP",
    };

    public static ContractType FromCode(string code) =>
        Enum.GetValues<ContractType>().First(t => t.Code() == code);

    public static string Label(this ContractType type, string lang = "fr") => (type, lang) switch
    {
        (ContractType.Cdi, _) => "CDI",
        (ContractType.Cdd, _) => "CDD",
        (ContractType.Insertion, "en") => "CDDI/Insertion",
        (ContractType.Insertion, _) => "CDDI/Insertion",
        (ContractType.WorkStudy, "en") => "Work-study/Apprenticeship",
        (ContractType.WorkStudy, _) => "Alternance/Apprentissage",
        (ContractType.Other, "en") => "Other",
        (ContractType.Other, _) => "Autre",
        (_, "en") => "Unspecified",
        _ => "Non précisé",
    };

    private static readonly Dictionary<string, ContractType> Aliases = new(StringComparer.Ordinal)
    {
        [""] = ContractType.Unspecified,
        ["nonprecise"] = ContractType.Unspecified,
        ["np"] = ContractType.Unspecified,
        ["unspecified"] = ContractType.Unspecified,
        ["cdi"] = ContractType.Cdi,
        ["cdd"] = ContractType.Cdd,
        ["cddi"] = ContractType.Insertion,
        ["insertion"] = ContractType.Insertion,
        ["cddiinsertion"] = ContractType.Insertion,
        ["alternance"] = ContractType.WorkStudy,
        ["apprentissage"] = ContractType.WorkStudy,
        ["professionnalisation"] = ContractType.WorkStudy,
        ["alternanceapprentissage"] = ContractType.WorkStudy,
        ["workstudy"] = ContractType.WorkStudy,
        ["workstudyapprenticeship"] = ContractType.WorkStudy,
        ["apprenticeship"] = ContractType.WorkStudy,
        ["autre"] = ContractType.Other,
        ["other"] = ContractType.Other,
    };

    /// <summary>Case, accents, spaces and slashes ignored; a blank means "Non précisé".</summary>
    public static bool TryParse(string? text, out ContractType type) => Aliases.TryGetValue(TextKey.Fold(text), out type);

    public static string ChoicesList => string.Join(", ", Choices.Select(c => c.Label()));
}
