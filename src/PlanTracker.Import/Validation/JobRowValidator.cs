using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Import.Sheets;

namespace PlanTracker.Import.Validation;

/// <summary>Checks the jobs sheet row by row, and the key (quarter, SIRET, contract type, nature) across the upload.</summary>
internal sealed class JobRowValidator(ValidationContext context, ErrorSink sink)
{
    public const int MaxJobsPerLine = 1_000;
    public const int MaxNameLength = 200;
    public const int MaxCommentLength = 1_000;

    private readonly Dictionary<(Quarter, string, ContractType, JobNature), int> _rowsByKey = [];

    /// <summary>The latest quarter of the valid lines read so far: the quarter a project of the same workbook is listed in.</summary>
    public Quarter? LatestQuarter { get; private set; }

    public JobLine? Validate(TableRow row)
    {
        var f = new FieldReader(row, context, sink);
        var quarter = f.ReadQuarter(JobColumns.Quarter);
        var siret = f.ReadSiret(JobColumns.Siret, required: true);
        var name = f.ReadText(JobColumns.Structure, required: true, MaxNameLength);
        var commune = f.ReadCommune(JobColumns.Commune);
        var axis = f.ReadAxis(JobColumns.Axis);
        var jobs = f.ReadWholeNumber(JobColumns.Jobs, required: true, MaxJobsPerLine);
        var fte = f.ReadDecimal(JobColumns.Fte, maxDecimals: 2);
        var contract = f.ReadContractType(JobColumns.ContractType);
        var comment = f.ReadText(JobColumns.Comment, required: false, MaxCommentLength);
        var nature = f.ReadNature(JobColumns.Nature);

        if (fte is { } e && jobs is { } j && e > j && f.Cell(JobColumns.Fte) is { } fteCell)
        {
            f.Fail(fteCell, ImportErrorCodes.FteAboveJobs,
                $"{NumberText.Format(e, "fr")} ETP pour {j} emploi(s) créé(s) sur la ligne : un emploi compte pour 1 ETP au plus. Attendu : un ETP inférieur ou égal au nombre d'emplois créés.",
                $"{NumberText.Format(e, "en")} FTE for {j} job(s) created on the line: a job counts one FTE at most. Expected: an FTE no greater than the jobs created.",
                expected: false);
        }

        if (quarter is { } q && siret is not null && contract is { } c && nature is { } n && f.Cell(JobColumns.Siret) is { } siretCell)
        {
            if (_rowsByKey.TryGetValue((q, siret, c, n), out var first))
            {
                // Consolidations are their own lines: the message names the nature only then, creations read as before.
                var (natureFr, natureEn) = n == JobNature.Consolidation ? (", même nature (consolidation)", ", nature (consolidation)") : ("", "");
                f.Fail(siretCell, ImportErrorCodes.DuplicateJobLine,
                    $"lignes {first} et {row.Number} en double : même trimestre ({q}), même SIRET ({siret}){natureFr} et même type de contrat ({c.Label("fr")}). Une seule ligne par structure, trimestre et type de contrat : additionnez-les ou supprimez l'une des deux.",
                    $"rows {first} and {row.Number} are duplicates: same quarter ({q}), SIRET ({siret}){natureEn} and contract type ({c.Label("en")}). One line per structure, quarter and contract type: add them up or delete one.",
                    expected: false);
            }
            else
            {
                _rowsByKey[(q, siret, c, n)] = row.Number;
            }
        }

        if (f.HasErrors)
        {
            return null;
        }

        LatestQuarter = LatestQuarter is { } latest && latest > quarter!.Value ? latest : quarter!.Value;
        return new JobLine(quarter.Value, siret!, name!, commune!, axis!, jobs!.Value, fte, contract!.Value, comment is "" ? null : comment, row.Sheet, row.Number,
            nature!.Value);
    }
}
