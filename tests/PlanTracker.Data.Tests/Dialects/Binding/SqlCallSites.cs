using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>
/// Every call in the Data project that sends SQL (Dapper's extension methods, <c>CommandDefinition</c>, PlainSql's
/// ListAsync / ScalarAsync, and the project's own methods that pass their sql and parameters on to one of those),
/// with its text as the SQL Server dialect writes it and the parameters the call passes.
/// </summary>
/// <remarks>
/// Read with Roslyn's model of the project's sources, not at run time and not from hand-kept lists: a text and its
/// parameters are often written apart (a constant of another class, an anonymous object, a typed row,
/// DynamicParameters.Add, PlainSql's tuples), and the compiler ties both to the call without any change to the
/// project. What the model cannot compute (a dialect's method) is run by reflection on the SQL Server dialect.
/// </remarks>
public static class SqlCallSites
{
    private const string GlobalUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    /// <summary>The call sites in <paramref name="folder"/>'s C# files, except those of <paramref name="skippedFiles"/>.</summary>
    public static IReadOnlyList<SqlCallSite> Find(string folder, IReadOnlyCollection<string> skippedFiles)
    {
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Intersect(["obj", "bin"]).Any());
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).ToList();
        var compilation = CSharpCompilation.Create(
            "PlanTracker.Data.Scan",
            trees.Append(CSharpSyntaxTree.ParseText(GlobalUsings)),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var values = new CallSiteValues(compilation);

        var calls = trees.Where(t => !skippedFiles.Contains(Path.GetFileName(t.FilePath)))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(i => compilation.GetSemanticModel(t).GetOperation(i)).OfType<IInvocationOperation>())
            .ToList();
        var sites = new List<SqlCallSite>();
        var forwarders = new Dictionary<IMethodSymbol, (int Sql, IOperation? Parameters)>(SymbolEqualityComparer.Default);
        foreach (var call in calls)
        {
            if (Sends(call) is not var (sql, parameters))
            {
                continue;
            }

            if (CallSiteValues.Unwrap(sql) is IParameterReferenceOperation forwarded)
            {
                forwarders[(IMethodSymbol)forwarded.Parameter.ContainingSymbol] = (forwarded.Parameter.Ordinal, parameters);
                continue;
            }

            sites.AddRange(Sites(values, call, sql, parameters));
        }

        foreach (var call in calls.Where(c => forwarders.ContainsKey(c.TargetMethod.OriginalDefinition)))
        {
            var (sqlOrdinal, parameters) = forwarders[call.TargetMethod.OriginalDefinition];
            var sql = call.Arguments.Single(a => a.Parameter?.Ordinal == sqlOrdinal).Value;
            if (parameters is not null && CallSiteValues.Unwrap(parameters) is IParameterReferenceOperation passed)
            {
                parameters = call.Arguments.Single(a => a.Parameter?.Ordinal == passed.Parameter.Ordinal).Value;
            }

            sites.AddRange(Sites(values, call, sql, parameters));
        }

        return sites;
    }

    private static IEnumerable<SqlCallSite> Sites(CallSiteValues values, IOperation call, IOperation sql, IOperation? parameters)
    {
        var line = call.Syntax.GetLocation().GetLineSpan();
        var where = $"{Path.GetFileName(line.Path)}:{line.StartLinePosition.Line + 1}";
        var (supplied, exact) = values.Supplied(parameters);
        var texts = values.Text(sql);
        return texts is null
            ? [new SqlCallSite(where, null, supplied, exact)]
            : texts.Distinct().Select(t => new SqlCallSite(where, SqlLiterals.ExpandLists(t), supplied, exact, values.Shared(parameters)));
    }

    // The text and the parameters of a call that sends SQL; null for any other call.
    private static (IOperation Sql, IOperation? Parameters)? Sends(IInvocationOperation call)
    {
        var type = call.TargetMethod.ContainingType.ToDisplayString();
        if (type is not ("Dapper.SqlMapper" or "PlanTracker.Data.PlainSql"))
        {
            return null;
        }

        if (Argument(call.Arguments, "command") is { } command
            && CallSiteValues.Unwrap(command) is IObjectCreationOperation definition)
        {
            return Argument(definition.Arguments, "commandText") is { } text ? (text, Argument(definition.Arguments, "parameters")) : null;
        }

        return Argument(call.Arguments, "sql") is { } sql
            ? (sql, Argument(call.Arguments, "param") ?? Argument(call.Arguments, "parameters"))
            : null;
    }

    private static IOperation? Argument(IEnumerable<IArgumentOperation> arguments, string name) =>
        arguments.FirstOrDefault(a => a.Parameter?.Name == name && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    // The assemblies the test run loaded, which include every one the Data project references.
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) != "PlanTracker.Data.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
}
