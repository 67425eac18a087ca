using System.Data;
using System.Globalization;
using Dapper;

namespace PlanTracker.Data.Schema;

/// <summary>
/// SQLite's NUMERIC affinity hands back 2 (Int64) or 1.5 (Double) for an FTE: Dapper will not turn either into a
/// decimal by itself, so decimals go through this handler on every provider (SQL Server's decimal passes through).
/// Registered by the classes that read decimals through Dapper (their static constructors), not at start-up: Dapper's
/// own initialisation costs a short command such as <c>status</c> about 10 ms, and its start-up reads do not use
/// Dapper (<see cref="PlainSql"/>).
/// </summary>
internal sealed class DecimalHandler : SqlMapper.TypeHandler<decimal>
{
    private static readonly Lock Gate = new();
    private static volatile bool _registered;

    // Two stores can reach this at once (an import and an export on a web server): the second waits until the handler
    // is in place, so that no query compiles its reader without it.
    public static void Register()
    {
        if (_registered)
        {
            return;
        }

        lock (Gate)
        {
            if (!_registered)
            {
                // Dapper maps decimal itself unless its built-in map is removed first.
                SqlMapper.RemoveTypeMap(typeof(decimal));
                SqlMapper.RemoveTypeMap(typeof(decimal?));
                SqlMapper.AddTypeHandler(new DecimalHandler());
                _registered = true;
            }
        }
    }

    public override decimal Parse(object value) => PlainSql.ToDecimal(value);

    public override void SetValue(IDbDataParameter parameter, decimal value)
    {
        parameter.DbType = DbType.Decimal;
        parameter.Value = value;
    }
}
