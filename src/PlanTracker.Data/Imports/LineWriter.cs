using System.Data.Common;
using System.Globalization;
using Dapper;
using PlanTracker.Core.Records;
using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Imports;

/// <summary>Upserts one batch's lines inside its transaction, recording each change for rollback.</summary>
internal sealed class LineWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, int planId, long batchId)
{
    // Stored FTEs come back as Int64 or Double from SQLite, mixed within one query.
    static LineWriter() => Schema.DecimalHandler.Register();

    public long BatchId => batchId;

    public async Task<(int Added, int Updated, int Unchanged)> WriteJobsAsync(IReadOnlyList<JobLine> lines)
    {
        int added = 0, updated = 0, unchanged = 0;
        foreach (var line in lines)
        {
            await connection.ExecuteAsync(
                dialect.UpsertStructure,
                new { planId, line.Siret, line.StructureName, Commune = line.Commune.Name, batchId },
                transaction);

            var incoming = new StoredJobLine
            {
                PlanId = planId,
                Quarter = line.Quarter.ToString(),
                Siret = line.Siret,
                ContractType = line.ContractType.Code(),
                StructureName = line.StructureName,
                Commune = line.Commune.Name,
                Axis = line.Axis.Code,
                Jobs = line.Jobs,
                Fte = line.Fte,
                Comment = line.Comment,
                BatchId = batchId,
                SourceSheet = line.SourceSheet,
                SourceRow = line.SourceRow,
                Nature = line.Nature.Code(),
            };
            var current = await connection.QuerySingleOrDefaultAsync<StoredJobLine>(
                $"SELECT {LineSql.JobColumns} FROM job_line WHERE plan_id = @PlanId AND quarter = @Quarter AND siret = @Siret AND contract_type = @ContractType AND nature = @Nature",
                incoming,
                transaction);
            if (current is null)
            {
                incoming.Id = await connection.ExecuteScalarAsync<long>(LineSql.InsertJob(dialect), incoming, transaction);
                await RecordAsync("job", incoming.Id, null);
                added++;
            }
            else if (current.SameFigures(incoming))
            {
                unchanged++;
            }
            else
            {
                incoming.Id = current.Id;
                await connection.ExecuteAsync(LineSql.UpdateJob, incoming, transaction);
                await RecordAsync("job", current.Id, current.ToJson());
                updated++;
            }
        }

        return (added, updated, unchanged);
    }

    public async Task<(int Added, int Updated, int Unchanged)> WriteCooperativesAsync(IReadOnlyList<CooperativeEntry> entries)
    {
        int added = 0, updated = 0, unchanged = 0;
        foreach (var entry in entries)
        {
            var incoming = new StoredCooperative
            {
                PlanId = planId,
                Siret = entry.Siret,
                Name = entry.Name,
                NameKey = entry.NameKey,
                Commune = entry.Commune.Name,
                LegalForm = entry.LegalForm.Code(),
                CreationDate = Iso(entry.CreationDate),
                Quarter = entry.Quarter.ToString(),
                Axis = entry.Axis.Code,
                JobsAtCreation = entry.JobsAtCreation,
                BatchId = batchId,
                SourceSheet = entry.SourceSheet,
                SourceRow = entry.SourceRow,
                Origin = entry.Origin?.Code(),
                Stage = entry.Stage.Code(),
                CessationDate = Iso(entry.CessationDate),
                FollowedAsProject = entry.Stage.IsPipeline() ? 1 : 0,
                RecordedQuarter = entry.Quarter.ToString(),
            };
            var current = await FindCooperativeAsync(incoming);
            if (current is null)
            {
                incoming.Id = await connection.ExecuteScalarAsync<long>(LineSql.InsertCooperative(dialect), incoming, transaction);
                await RecordAsync("cooperative", incoming.Id, null);
                added++;
                continue;
            }

            // A list without the SIRET does not erase one given earlier; a project once followed stays so when registered.
            incoming.Siret ??= current.Siret;
            incoming.FollowedAsProject |= current.FollowedAsProject;
            // A project listed again keeps the quarter it entered the pipeline in, until it is dated; the quarter first
            // recorded stays the earliest ever given.
            if (incoming.CreationDate is null && current.CreationDate is null)
            {
                incoming.Quarter = current.Quarter;
            }

            if (string.CompareOrdinal(current.RecordedQuarter, incoming.RecordedQuarter) < 0)
            {
                incoming.RecordedQuarter = current.RecordedQuarter;
            }

            if (current.SameFigures(incoming))
            {
                unchanged++;
            }
            else
            {
                incoming.Id = current.Id;
                await connection.ExecuteAsync(LineSql.UpdateCooperative, incoming, transaction);
                await RecordAsync("cooperative", current.Id, current.ToJson());
                updated++;
            }
        }

        return (added, updated, unchanged);
    }

    /// <summary>
    /// By SIRET when given; else, and for a SIRET not yet known, the entry of the same normalised name and commune
    /// — the pending one (no SIRET) first, which thereby gains its SIRET.
    /// </summary>
    private async Task<StoredCooperative?> FindCooperativeAsync(StoredCooperative incoming)
    {
        if (incoming.Siret is not null)
        {
            var bySiret = await connection.QuerySingleOrDefaultAsync<StoredCooperative>(
                $"SELECT {LineSql.CooperativeColumns(dialect)} FROM cooperative WHERE plan_id = @PlanId AND siret = @Siret", incoming, transaction);
            if (bySiret is not null)
            {
                return bySiret;
            }

            return await connection.QuerySingleOrDefaultAsync<StoredCooperative>(
                $"SELECT {LineSql.CooperativeColumns(dialect)} FROM cooperative WHERE plan_id = @PlanId AND name_key = @NameKey AND commune = @Commune AND siret IS NULL",
                incoming,
                transaction);
        }

        var byName = (await connection.QueryAsync<StoredCooperative>(
            $"SELECT {LineSql.CooperativeColumns(dialect)} FROM cooperative WHERE plan_id = @PlanId AND name_key = @NameKey AND commune = @Commune ORDER BY CASE WHEN siret IS NULL THEN 0 ELSE 1 END, id",
            incoming,
            transaction)).ToList();
        // Only an unambiguous match: two registered cooperatives sharing a name stay distinct.
        return byName.Count == 1 || (byName.Count > 1 && byName[0].Siret is null) ? byName[0] : null;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task RecordAsync(string kind, long lineId, string? previous) =>
        connection.ExecuteAsync(LineSql.RecordChange, new { batchId, kind, lineId, previous }, transaction);
}
