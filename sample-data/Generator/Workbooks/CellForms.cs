using System.Globalization;
using ClosedXML.Excel;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>
/// Writes values the way people type them. Text goes through <c>SetValue&lt;string&gt;</c>: assigning
/// <c>cell.Value</c> makes ClosedXML 0.95.4 guess a type, and a SIRET starting with 0 would lose it.
/// </summary>
public static class CellForms
{
    public const string DateFormat = "dd/mm/yyyy";

    private static readonly string[] LabelPrefixes = ["Structurer l'écosystème", "Soutenir la croissance", "Encourager la coopération"];

    public static void Text(IXLCell cell, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            cell.SetValue<string>(text);
        }
    }

    public static void Date(IXLCell cell, DateOnly date)
    {
        cell.Value = date.ToDateTime(TimeOnly.MinValue);
        cell.Style.NumberFormat.Format = DateFormat;
    }

    public static void Quarter(IXLCell cell, Quarter quarter, QuarterForm form)
    {
        switch (form)
        {
            case QuarterForm.QuarterFirst:
                Text(cell, quarter.ToDisplay("fr"));
                break;
            case QuarterForm.DateCell:
                // The quarter's last day: what an officer types as "the period ending on".
                Date(cell, quarter.LastDay);
                break;
            default:
                Text(cell, quarter.ToString());
                break;
        }
    }

    public static void Axis(IXLCell cell, Axis axis, AxisForm form)
    {
        switch (form)
        {
            case AxisForm.CodeNumber:
                cell.Value = axis.Code;
                break;
            case AxisForm.CodeText:
                Text(cell, axis.Code.ToString(CultureInfo.InvariantCulture));
                break;
            case AxisForm.FullLabel:
                Text(cell, axis.LabelFr);
                break;
            case AxisForm.LabelPrefix:
                Text(cell, LabelPrefixes[axis.Code - 1]);
                break;
            case AxisForm.CodeAndLabel:
                Text(cell, $"{axis.ShortName("fr")} - {axis.LabelFr}");
                break;
            default:
                Text(cell, axis.ShortName("fr"));
                break;
        }
    }

    public static void Commune(IXLCell cell, Commune commune, FileStyle style, PlanTerritory territory)
    {
        if (style.ShoutedBlancMesnil && commune.Name == "Le Blanc-Mesnil")
        {
            Text(cell, "LE BLANC MESNIL");
            return;
        }

        Text(cell, style.Commune switch
        {
            CommuneForm.Alias => commune.Aliases.FirstOrDefault() ?? commune.Name,
            // Two communes may share a postal code: then it names neither, and the officer writes the name.
            CommuneForm.PostalCode => commune.PostalCodes.FirstOrDefault(code => territory.TryMatchCommune(code, out var named) && named == commune)
                                      ?? commune.Name,
            CommuneForm.Upper => commune.Name.ToUpperInvariant(),
            _ => commune.Name,
        });
    }

    public static void Fte(IXLCell cell, decimal? fte, bool asFrenchText)
    {
        if (fte is not { } value)
        {
            return;
        }

        if (asFrenchText)
        {
            // As pasted from a French text file: "2,75" in a text cell.
            Text(cell, value.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR")));
            return;
        }

        cell.Value = (double)value;
        cell.Style.NumberFormat.Format = "0.00";
    }

    public static void Headers(IXLWorksheet sheet, IReadOnlyList<string> headers, IReadOnlyList<double> widths)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var cell = sheet.Cell(Layout.HeaderRow, i + 1);
            Text(cell, headers[i]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
            cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            // Widths by hand: AdjustToContents needs libgdiplus.
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.SheetView.FreezeRows(Layout.HeaderRow);
    }

    public static void Title(IXLWorksheet sheet, string title)
    {
        var cell = sheet.Cell(Layout.TitleRow, 1);
        Text(cell, title);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 13;
    }
}
