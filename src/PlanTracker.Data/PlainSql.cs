using System.Data.Common;
using System.Globalization;

namespace PlanTracker.Data;

/// <summary>
/// Plain ADO.NET reads for the few queries every command and page runs first (schema check, plan, figures, last
/// import). Dapper compiles a reader and a parameter writer for each query shape on first use, which a short process
/// such as <c>plantracker status</c> pays every time: 30 ms of its start-up (docs/performance.md). Everything else
/// stays on Dapper. Values are converted the same way for both providers (SQLite hands back Int64/Double/text,
/// SQL Server its column types).
/// </summary>
// Keeps `plantracker status` ≤ 6× an empty console app (about 30 ms of it): see docs/performance.md.
internal static class PlainSql
{
    public static async Task<List<T>> ListAsync<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>The first column of the first row; null for no row or a NULL.</summary>
    public static async Task<object?> ScalarAsync(this DbConnection connection, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public static string Text(this DbDataReader reader, int ordinal) =>
        Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture) ?? "";

    public static string? TextOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Text(ordinal);

    public static int Int(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long Long(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static decimal Decimal(this DbDataReader reader, int ordinal) => ToDecimal(reader.GetValue(ordinal));

    /// <summary>SQLite's NUMERIC affinity gives 2 (Int64), 1.5 (Double) or text; SQL Server gives decimal.</summary>
    public static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        long l => l,
        int i => i,
        string s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
