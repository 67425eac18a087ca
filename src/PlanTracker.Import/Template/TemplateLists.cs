using ClosedXML.Excel;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Records;

namespace PlanTracker.Import.Template;

/// <summary>The hidden sheet feeding the template's drop-downs, and the data validations that use it.</summary>
internal sealed class TemplateLists
{
    private readonly IXLRange _communes;
    private readonly IXLRange _axes;
    private readonly IXLRange _contracts;
    private readonly IXLRange _legalForms;
    private readonly IXLRange _quarters;
    private readonly IXLRange _natures;
    private readonly IXLRange _origins;
    private readonly IXLRange _stages;

    private TemplateLists(IXLWorksheet sheet, Plan plan, string lang)
    {
        _communes = Column(sheet, 1, "Communes", plan.Territory.Communes.Select(c => c.Name));
        _axes = Column(sheet, 2, "Axes", plan.Territory.Axes.Select(a => $"{a.Code} - {a.Label(lang)}"));
        _contracts = Column(sheet, 3, lang == "en" ? "Contract types" : "Types de contrat", ContractTypes.Choices.Select(c => RoundTrip(c.Label(lang), c.Label("fr"), t => ContractTypes.TryParse(t, out var p) && p == c)));
        _legalForms = Column(sheet, 4, lang == "en" ? "Legal forms" : "Formes juridiques", LegalForms.All.Select(f => RoundTrip(f.Label(lang), f.Label("fr"), t => LegalForms.TryParse(t, out var p) && p == f)));
        _quarters = Column(sheet, 5, lang == "en" ? "Quarters" : "Trimestres", plan.Quarters().Select(q => q.ToString()));
        _natures = Column(sheet, 6, lang == "en" ? "Job natures" : "Natures d'emploi", JobNatures.All.Select(n => RoundTrip(n.Label(lang), n.Label("fr"), t => JobNatures.TryParse(t, out var p) && p == n)));
        _origins = Column(sheet, 7, lang == "en" ? "Origins" : "Origines", CooperativeOrigins.All.Select(o => RoundTrip(o.Label(lang), o.Label("fr"), t => CooperativeOrigins.TryParse(t, out var p) && p == o)));
        _stages = Column(sheet, 8, lang == "en" ? "Stages" : "Stades", CooperativeStages.All.Select(s => RoundTrip(s.Label(lang), s.Label("fr"), t => CooperativeStages.TryParse(t, out var p) && p == s)));
    }

    public static TemplateLists Add(XLWorkbook workbook, Plan plan, string lang)
    {
        var sheet = workbook.Worksheets.Add(lang == "en" ? "Lists" : "Listes");
        var lists = new TemplateLists(sheet, plan, lang);
        sheet.Visibility = XLWorksheetVisibility.Hidden;
        return lists;
    }

    public void CommuneList(IXLRange target) => List(target, _communes, XLErrorStyle.Stop);

    public void AxisList(IXLRange target) => List(target, _axes, XLErrorStyle.Stop);

    public void ContractTypeList(IXLRange target) => List(target, _contracts, XLErrorStyle.Stop);

    public void LegalFormList(IXLRange target) => List(target, _legalForms, XLErrorStyle.Stop);

    public void NatureList(IXLRange target) => List(target, _natures, XLErrorStyle.Stop);

    public void OriginList(IXLRange target) => List(target, _origins, XLErrorStyle.Stop);

    public void StageList(IXLRange target) => List(target, _stages, XLErrorStyle.Stop);

    // Only a warning: "T1 2025" or a date typed by hand are accepted on import too.
    public void QuarterList(IXLRange target) => List(target, _quarters, XLErrorStyle.Warning);

    public static void WholeNumber(IXLRange target, int? max, string lang)
    {
        var validation = target.SetDataValidation();
        if (max is { } m)
        {
            validation.WholeNumber.Between(0, m);
        }
        else
        {
            validation.WholeNumber.EqualOrGreaterThan(0);
        }

        Explain(validation, lang, max is { } limit ? $"Nombre entier de 0 à {limit}." : "Nombre entier ≥ 0.", max is { } l ? $"Whole number from 0 to {l}." : "Whole number ≥ 0.");
    }

    public static void NonNegativeDecimal(IXLRange target, string lang)
    {
        var validation = target.SetDataValidation();
        validation.Decimal.EqualOrGreaterThan(0);
        Explain(validation, lang, "Nombre ≥ 0, au plus 2 décimales, pas plus que les emplois créés.", "Number ≥ 0, at most 2 decimals, no more than the jobs created.");
    }

    public static void DateWithin(IXLRange target, Plan plan, string lang)
    {
        var validation = target.SetDataValidation();
        validation.Date.Between(plan.Start.ToDateTime(TimeOnly.MinValue), plan.Deadline.ToDateTime(TimeOnly.MinValue));
        Explain(validation, lang, "Date dans la période du plan, par exemple 31/03/2025.", "A date within the plan period, e.g. 31/03/2025.");
    }

    private static void List(IXLRange target, IXLRange source, XLErrorStyle style)
    {
        var validation = target.SetDataValidation();
        validation.List(source, true);
        validation.ErrorStyle = style;
    }

    private static void Explain(IXLDataValidation validation, string lang, string fr, string en)
    {
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorMessage = lang == "en" ? en : fr;
    }

    private static IXLRange Column(IXLWorksheet sheet, int column, string title, IEnumerable<string> values)
    {
        sheet.Cell(1, column).SetValue(title);
        var row = 2;
        foreach (var value in values)
        {
            sheet.Cell(row++, column).SetValue(value);
        }

        sheet.Column(column).Width = 40;
        return sheet.Range(2, column, row - 1, column);
    }

    // A label in the officer's language only if the importer reads it back as the same value; else the French one.
    private static string RoundTrip(string label, string french, Func<string, bool> readsBack) => readsBack(label) ? label : french;
}
