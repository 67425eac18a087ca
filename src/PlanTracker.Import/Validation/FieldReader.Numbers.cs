using PlanTracker.Core.Periods;
using PlanTracker.Core.Text;
using PlanTracker.Import.Reading;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Validation;

/// <summary>Numbers, quarters and dates: from number cells, date cells or text, by explicit rules.</summary>
internal sealed partial class FieldReader
{
    /// <summary>Whole number ≥ 0, at most <paramref name="max"/>; "12", "12,0" and a number cell 12 all read 12.</summary>
    public int? ReadWholeNumber(ColumnSpec column, bool required, int? max)
    {
        if (Usable(column, required) is not { } cell || ReadNumber(cell) is not { } value)
        {
            return null;
        }

        if (value < 0)
        {
            var q = Quote(cell);
            Fail(cell, ImportErrorCodes.Negative, $"{q.Fr} est négatif.", $"{q.En} is negative.");
            return null;
        }

        if (value != decimal.Truncate(value))
        {
            var q = Quote(cell);
            Fail(cell, ImportErrorCodes.NotWholeNumber, $"{q.Fr} n'est pas un nombre entier.", $"{q.En} is not a whole number.");
            return null;
        }

        if (max is { } limit && value > limit)
        {
            var q = Quote(cell);
            Fail(cell, ImportErrorCodes.TooManyJobs,
                $"{q.Fr} emplois sur une seule ligne : au-delà de {Display.Number((decimal)limit, 0, "fr")}, c'est sans doute une faute de frappe.",
                $"{q.En} jobs on one line: over {Display.Number((decimal)limit, 0, "en")}, probably a typo.");
            return null;
        }

        if (value > int.MaxValue)
        {
            var q = Quote(cell);
            Fail(cell, ImportErrorCodes.NotNumber, $"{q.Fr} est bien trop grand pour un nombre d'emplois.", $"{q.En} is far too large for a number of jobs.");
            return null;
        }

        return (int)value;
    }

    /// <summary>Decimal ≥ 0 with at most <paramref name="maxDecimals"/> decimals ("0,5" and "0.5" both fine).</summary>
    public decimal? ReadDecimal(ColumnSpec column, int maxDecimals)
    {
        if (Usable(column, required: false) is not { } cell || ReadNumber(cell) is not { } value)
        {
            return null;
        }

        if (value < 0)
        {
            var q = Quote(cell);
            Fail(cell, ImportErrorCodes.Negative, $"{q.Fr} est négatif.", $"{q.En} is negative.");
            return null;
        }

        if (decimal.Round(value, maxDecimals) != value)
        {
            var q = Quote(cell);
            Fail(cell, ImportErrorCodes.TooManyDecimals, $"{q.Fr} a plus de {maxDecimals} décimales.", $"{q.En} has more than {maxDecimals} decimals.");
            return null;
        }

        return value;
    }

    /// <summary>A quarter from text (2025-T1, T1 2025, 31/03/2025…) or a date cell; inside the plan, not after the current one.</summary>
    public Quarter? ReadQuarter(ColumnSpec column)
    {
        if (Usable(column, required: true) is not { } cell)
        {
            return null;
        }

        Quarter quarter;
        if (cell.Value.Kind == CellKind.Number && TryDate(cell, out var date))
        {
            quarter = Quarter.Containing(date);
        }
        else if (cell.Value.Kind != CellKind.Text || !context.Lookups.TryQuarter(cell.Value.Text, out quarter))
        {
            var q = Quote(cell);
            Fail(cell, ImportErrorCodes.Quarter, $"{q.Fr} n'est pas un trimestre.", $"{q.En} is not a quarter.");
            return null;
        }

        var plan = context.Plan;
        if (!plan.Contains(quarter))
        {
            Fail(cell, ImportErrorCodes.QuarterOutsidePlan,
                $"le trimestre {quarter} est hors de la période du plan ({plan.FirstQuarter} à {plan.LastQuarter}).",
                $"quarter {quarter} is outside the plan period ({plan.FirstQuarter} to {plan.LastQuarter}).",
                expected: false);
            return null;
        }

        if (quarter > context.CurrentQuarter)
        {
            Fail(cell, ImportErrorCodes.QuarterInFuture,
                $"le trimestre {quarter} n'a pas encore commencé (trimestre en cours : {context.CurrentQuarter}).",
                $"quarter {quarter} has not started yet (current quarter: {context.CurrentQuarter}).",
                expected: false);
            return null;
        }

        return quarter;
    }

    /// <summary>A date cell, or text 31/03/2025 or 2025-03-31; inside the plan window and not in the future.</summary>
    public DateOnly? ReadDate(ColumnSpec column, bool required = true)
    {
        if (Usable(column, required) is not { } cell)
        {
            return null;
        }

        if (!TryDate(cell, out var date))
        {
            var q = Quote(cell);
            Fail(cell, ImportErrorCodes.Date, $"{q.Fr} n'est pas une date.", $"{q.En} is not a date.");
            return null;
        }

        var plan = context.Plan;
        if (!plan.Contains(date))
        {
            Fail(cell, ImportErrorCodes.DateOutsidePlan,
                $"le {Display.Date(date)} est hors de la période du plan (du {Display.Date(plan.Start)} au {Display.Date(plan.Deadline)}).",
                $"{Display.Date(date, "en")} is outside the plan period ({Display.Date(plan.Start, "en")} to {Display.Date(plan.Deadline, "en")}).",
                expected: false);
            return null;
        }

        if (date > context.Today)
        {
            Fail(cell, ImportErrorCodes.DateInFuture,
                $"le {Display.Date(date)} est dans le futur (nous sommes le {Display.Date(context.Today)}).",
                $"{Display.Date(date, "en")} is in the future (today is {Display.Date(context.Today, "en")}).",
                expected: false);
            return null;
        }

        return date;
    }

    private bool TryDate(FieldCell cell, out DateOnly date)
    {
        date = default;
        return cell.Value.Kind switch
        {
            // A plain number (2025, 45658) is not a date: only a date-formatted cell is.
            CellKind.Number => cell.Value.IsDate && PlanDates.TryFromExcelSerial(cell.Value.Number, context.Date1904, out date),
            CellKind.Text => PlanDates.TryParseDate(cell.Value.Text, out date),
            _ => false,
        };
    }

    private decimal? ReadNumber(FieldCell cell)
    {
        var value = cell.Value;
        // A date cell in a number column is Excel having turned "12/5" into a date: not a number.
        if (value.Kind == CellKind.Number && !value.IsDate && NumberText.TryFromDouble(value.Number, out var number))
        {
            return number;
        }

        if (value.Kind == CellKind.Text && NumberText.TryParse(value.Text, out number))
        {
            return number;
        }

        var q = Quote(cell);
        Fail(cell, ImportErrorCodes.NotNumber, $"{q.Fr} n'est pas un nombre.", $"{q.En} is not a number.");
        return null;
    }
}
