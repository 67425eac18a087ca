using PlanTracker.Core.Text;

namespace PlanTracker.Core.Records;

/// <summary>Legal forms of a new ESS cooperative.</summary>
public enum LegalForm
{
    Scop,
    Scic,
    Cae,
    HousingCooperative,
    OtherCooperative,
}

public static class LegalForms
{
    public static IReadOnlyList<LegalForm> All { get; } = Enum.GetValues<LegalForm>();

    /// <summary>The stored code: SCOP, SCIC, CAE, HABITANTS, AUTRE.</summary>
    public static string Code(this LegalForm form) => form switch
    {
        LegalForm.Scop => "SCOP",
        LegalForm.Scic => "SCIC",
        LegalForm.Cae => "CAE",
        LegalForm.HousingCooperative => "HABITANTS",
        _ => "AUTRE",
    };

    public static LegalForm FromCode(string code) => All.First(f => f.Code() == code);

    public static string Label(this LegalForm form, string lang = "fr") => (form, lang) switch
    {
        (LegalForm.Scop, _) => "SCOP",
        (LegalForm.Scic, _) => "SCIC",
        (LegalForm.Cae, _) => "CAE",
        (LegalForm.HousingCooperative, "en") => "Housing cooperative",
        (LegalForm.HousingCooperative, _) => "Coopérative d'habitants",
        (_, "en") => "Other cooperative",
        _ => "Autre coopérative",
    };

    private static readonly Dictionary<string, LegalForm> Aliases = new(StringComparer.Ordinal)
    {
        ["scop"] = LegalForm.Scop,
        ["scic"] = LegalForm.Scic,
        ["cae"] = LegalForm.Cae,
        ["cooperativedhabitants"] = LegalForm.HousingCooperative,
        ["cooperativehabitants"] = LegalForm.HousingCooperative,
        ["housingcooperative"] = LegalForm.HousingCooperative,
        ["autrecooperative"] = LegalForm.OtherCooperative,
        ["autre"] = LegalForm.OtherCooperative,
        ["othercooperative"] = LegalForm.OtherCooperative,
        ["other"] = LegalForm.OtherCooperative,
    };

    public static bool TryParse(string? text, out LegalForm form) => Aliases.TryGetValue(TextKey.Fold(text), out form);

    public static string ChoicesList => string.Join(", ", All.Select(f => f.Label()));
}
