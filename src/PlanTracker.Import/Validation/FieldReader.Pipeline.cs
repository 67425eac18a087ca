using PlanTracker.Core.Records;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Validation;

/// <summary>The optional columns of the cooperative pipeline and of job quality: job nature, cooperative origin and stage.</summary>
internal sealed partial class FieldReader
{
    /// <summary>Blank (or no such column) means "création".</summary>
    public JobNature? ReadNature(ColumnSpec column)
    {
        if (Usable(column, required: false) is not { } cell)
        {
            return JobNature.Creation;
        }

        if (context.Lookups.TryNature(CellText.AsText(cell.Value, context.Date1904), out var nature))
        {
            return nature;
        }

        var q = Quote(cell);
        Fail(cell, ImportErrorCodes.Nature, $"{q.Fr} n'est pas une nature d'emploi connue.", $"{q.En} is not a known job nature.");
        return null;
    }

    /// <summary>Blank (or no such column) is no origin stated: null, without an error.</summary>
    public CooperativeOrigin? ReadOrigin(ColumnSpec column)
    {
        if (Usable(column, required: false) is not { } cell)
        {
            return null;
        }

        if (context.Lookups.TryOrigin(CellText.AsText(cell.Value, context.Date1904), out var origin))
        {
            return origin;
        }

        var q = Quote(cell);
        Fail(cell, ImportErrorCodes.Origin, $"{q.Fr} n'est pas une origine de coopérative connue.", $"{q.En} is not a known cooperative origin.");
        return null;
    }

    /// <summary>Blank (or no such column) is null without an error: the row decides (registered when dated).</summary>
    public CooperativeStage? ReadStage(ColumnSpec column)
    {
        if (Usable(column, required: false) is not { } cell)
        {
            return null;
        }

        if (context.Lookups.TryStage(CellText.AsText(cell.Value, context.Date1904), out var stage))
        {
            return stage;
        }

        var q = Quote(cell);
        Fail(cell, ImportErrorCodes.Stage, $"{q.Fr} n'est pas un stade de coopérative connu.", $"{q.En} is not a known cooperative stage.");
        return null;
    }
}
