using System.Globalization;
using ClosedXML.Excel;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Territory;

namespace PlanTracker.SampleData.Checking;

/// <summary>
/// Reads cells back by their stored type, never through the current culture, and records what is wrong with the
/// cell's address.
/// </summary>
public sealed class CellReader(string fileName, List<string> problems, PlanTerritory territory)
{
    public void Fail(IXLCell cell, string what) =>
        problems.Add($"{fileName} {cell.Worksheet.Name}!{cell.Address}: {what} (found « {cell.Value} », {cell.DataType})");

    public string? Text(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        if (cell.DataType != XLDataType.Text)
        {
            Fail(cell, "expected a text cell");
        }

        return cell.GetString();
    }

    public string? Siret(IXLCell cell, bool required)
    {
        var text = Text(cell);
        if (text is null)
        {
            if (required)
            {
                Fail(cell, "SIRET missing");
            }

            return null;
        }

        if (text.Length != 14 || !text.All(char.IsAsciiDigit) || !Core.Structures.Siret.IsValid(text))
        {
            Fail(cell, "expected 14 digits, Luhn-valid, as text");
        }

        return text;
    }

    public Quarter? Quarter(IXLCell cell)
    {
        if (cell.DataType == XLDataType.DateTime)
        {
            return Core.Periods.Quarter.Containing(DateOnly.FromDateTime(cell.GetDateTime()));
        }

        if (Core.Periods.Quarter.TryParse(Text(cell), out var quarter))
        {
            return quarter;
        }

        Fail(cell, "not a quarter");
        return null;
    }

    public DateOnly? Date(IXLCell cell)
    {
        if (cell.DataType == XLDataType.DateTime)
        {
            return DateOnly.FromDateTime(cell.GetDateTime());
        }

        if (PlanDates.TryParseDate(Text(cell), out var date))
        {
            return date;
        }

        Fail(cell, "not a date");
        return null;
    }

    public Commune? Commune(IXLCell cell)
    {
        if (territory.TryMatchCommune(Text(cell), out var commune))
        {
            return commune;
        }

        Fail(cell, "not a commune of the plan");
        return null;
    }

    public Axis? Axis(IXLCell cell)
    {
        var text = cell.DataType == XLDataType.Number
            ? cell.GetDouble().ToString(CultureInfo.InvariantCulture)
            : Text(cell);
        if (territory.TryParseAxis(text, out var axis))
        {
            return axis;
        }

        Fail(cell, "not an axis");
        return null;
    }

    /// <summary>A whole number from a number cell or a text cell ("12").</summary>
    public int? Whole(IXLCell cell, int max)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        var value = Number(cell);
        if (value is not { } v || v != Math.Floor(v) || v < 0 || v > max)
        {
            Fail(cell, $"expected a whole number from 0 to {max}");
            return null;
        }

        return (int)v;
    }

    /// <summary>A number cell, or French text "2,75".</summary>
    public decimal? Number(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        if (cell.DataType == XLDataType.Number)
        {
            return Math.Round((decimal)cell.GetDouble(), 6);
        }

        if (decimal.TryParse(Text(cell)?.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        Fail(cell, "not a number");
        return null;
    }
}
