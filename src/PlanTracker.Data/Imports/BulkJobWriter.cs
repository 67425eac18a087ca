using System.Data;
using Dapper;
using Microsoft.Data.SqlClient;
using PlanTracker.Core.Records;

namespace PlanTracker.Data.Imports;

/// <summary>
/// SQL Server's way to store a batch's job lines: SqlBulkCopy into a session temp table inside the import's
/// transaction, then set-based UPDATE and INSERT (no MERGE), recording each change for rollback as
/// <see cref="LineWriter"/> does row by row. A 100 000-line workbook is a few round trips, not 300 000.
/// </summary>
internal sealed class BulkJobWriter(SqlConnection connection, SqlTransaction transaction, int planId, long batchId)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public async Task<(int Added, int Updated, int Unchanged)> WriteAsync(IReadOnlyList<JobLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return (0, 0, 0);
        }

        await connection.ExecuteAsync(new CommandDefinition(JobStageSql.Create, transaction: transaction, cancellationToken: cancellationToken));
        using (var bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.Default, transaction))
        {
            bulk.DestinationTableName = "#job_stage";
            bulk.BulkCopyTimeout = (int)Timeout.TotalSeconds;
            bulk.BatchSize = 10_000;
            using var table = Stage(lines);
            foreach (DataColumn column in table.Columns)
            {
                bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
            }

            await bulk.WriteToServerAsync(table, cancellationToken);
        }

        var counts = await connection.QuerySingleAsync<Counts>(new CommandDefinition(
            JobStageSql.Apply, new { planId, batchId }, transaction, (int)Timeout.TotalSeconds, cancellationToken: cancellationToken));
        return (counts.Added, counts.Updated, counts.Unchanged);
    }

    // Typed columns: SqlBulkCopy sends each value as its column's type, strings as nvarchar of the stage's length.
    private static DataTable Stage(IReadOnlyList<JobLine> lines)
    {
        var table = new DataTable("job_stage");
        table.Columns.Add("row_no", typeof(int));
        table.Columns.Add("quarter", typeof(string));
        table.Columns.Add("siret", typeof(string));
        table.Columns.Add("contract_type", typeof(string));
        table.Columns.Add("structure_name", typeof(string));
        table.Columns.Add("commune", typeof(string));
        table.Columns.Add("axis", typeof(int));
        table.Columns.Add("jobs", typeof(int));
        table.Columns.Add("fte", typeof(decimal));
        table.Columns.Add("comment", typeof(string));
        table.Columns.Add("source_sheet", typeof(string));
        table.Columns.Add("source_row", typeof(int));
        table.Columns.Add("nature", typeof(string));
        var rowNo = 0;
        foreach (var line in lines)
        {
            table.Rows.Add(
                rowNo++, line.Quarter.ToString(), line.Siret, line.ContractType.Code(), line.StructureName, line.Commune.Name,
                line.Axis.Code, line.Jobs, (object?)line.Fte ?? DBNull.Value, (object?)line.Comment ?? DBNull.Value,
                line.SourceSheet, line.SourceRow, line.Nature.Code());
        }

        return table;
    }

    private sealed class Counts
    {
        public int Added { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }
    }
}
