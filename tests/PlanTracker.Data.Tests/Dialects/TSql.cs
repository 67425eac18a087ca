using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PlanTracker.Data.Tests.Dialects;

/// <summary>The T-SQL parser SQL Server 2022 understands, with quoted identifiers on as SqlClient sets them.</summary>
public static class TSql
{
    public static TSqlFragment Parse(string sql, out IList<ParseError> errors) =>
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out errors);

    /// <summary>Fails with every error (number, line, column, message) and the text when <paramref name="sql"/> does not parse.</summary>
    public static TSqlFragment ShouldParse(string sql, string because = "")
    {
        var fragment = Parse(sql, out var errors);
        if (errors.Count > 0)
        {
            var list = string.Join(Environment.NewLine, errors.Select(e => $"  {e.Number} at line {e.Line}, column {e.Column}: {e.Message}"));
            Assert.Fail($"T-SQL does not parse {because}:{Environment.NewLine}{list}{Environment.NewLine}---{Environment.NewLine}{sql}");
        }

        return fragment;
    }
}
