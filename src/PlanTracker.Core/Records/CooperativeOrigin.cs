using PlanTracker.Core.Text;

namespace PlanTracker.Core.Records;

/// <summary>How a new cooperative came about (the split the cooperative federation publishes).</summary>
public enum CooperativeOrigin
{
    Creation,
    AssociationConversion,
    EmployeeTransfer,
    CompanyTakeover,
    Other,
}

public static class CooperativeOrigins
{
    public static IReadOnlyList<CooperativeOrigin> All { get; } = Enum.GetValues<CooperativeOrigin>();

    /// <summary>The stored code: CREATION, TRANSFORMATION, TRANSMISSION, REPRISE, AUTRE.</summary>
    public static string Code(this CooperativeOrigin origin) => origin switch
    {
        CooperativeOrigin.Creation => "CREATION",
        CooperativeOrigin.AssociationConversion => "TRANSFORMATION",
        CooperativeOrigin.EmployeeTransfer => "TRANSMISSION",
        CooperativeOrigin.CompanyTakeover => "REPRISE",
        _ => "AUTRE",
    };

    public static CooperativeOrigin FromCode(string code) => All.First(o => o.Code() == code);

    public static string Label(this CooperativeOrigin origin, string lang = "fr") => (origin, lang) switch
    {
        (CooperativeOrigin.Creation, "en") => "new creation",
        (CooperativeOrigin.Creation, _) => "création",
        (CooperativeOrigin.AssociationConversion, "en") => "association conversion",
        (CooperativeOrigin.AssociationConversion, _) => "transformation d'association",
        (CooperativeOrigin.EmployeeTransfer, "en") => "transfer to employees",
        (CooperativeOrigin.EmployeeTransfer, _) => "transmission aux salariés",
        (CooperativeOrigin.CompanyTakeover, "en") => "company takeover",
        (CooperativeOrigin.CompanyTakeover, _) => "reprise d'entreprise",
        (_, "en") => "other",
        _ => "autre",
    };

    private static readonly Dictionary<string, CooperativeOrigin> Aliases = new(StringComparer.Ordinal)
    {
        ["creation"] = CooperativeOrigin.Creation,
        ["newcreation"] = CooperativeOrigin.Creation,
        ["transformationdassociation"] = CooperativeOrigin.AssociationConversion,
        ["transformationassociation"] = CooperativeOrigin.AssociationConversion,
        ["transformation"] = CooperativeOrigin.AssociationConversion,
        ["associationconversion"] = CooperativeOrigin.AssociationConversion,
        ["transmissionauxsalaries"] = CooperativeOrigin.EmployeeTransfer,
        ["transmission"] = CooperativeOrigin.EmployeeTransfer,
        ["transfertoemployees"] = CooperativeOrigin.EmployeeTransfer,
        ["reprisedentreprise"] = CooperativeOrigin.CompanyTakeover,
        ["repriseentreprise"] = CooperativeOrigin.CompanyTakeover,
        ["reprise"] = CooperativeOrigin.CompanyTakeover,
        ["companytakeover"] = CooperativeOrigin.CompanyTakeover,
        ["autre"] = CooperativeOrigin.Other,
        ["other"] = CooperativeOrigin.Other,
    };

    /// <summary>Case, accents, spaces and apostrophes ignored. A blank cell is no origin (not stated), not a parse.</summary>
    public static bool TryParse(string? text, out CooperativeOrigin origin) => Aliases.TryGetValue(TextKey.Fold(text), out origin);

    public static string ChoicesList => string.Join(", ", All.Select(o => o.Label()));
}
