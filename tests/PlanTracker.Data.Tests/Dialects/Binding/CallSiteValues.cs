using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>Computes what a call site passes: the SQL text (every variant of it) and the parameter names.</summary>
public sealed class CallSiteValues(Compilation compilation)
{
    private static readonly SqlDialect Server = SqlDialect.For(DatabaseProvider.SqlServer);

    public static IOperation Unwrap(IOperation operation) => operation switch
    {
        IConversionOperation conversion => Unwrap(conversion.Operand),
        IParenthesizedOperation inner => Unwrap(inner.Operand),
        _ => operation,
    };

    /// <summary>Every text the expression can take (both arms of a ?:), or null when the code alone does not say.</summary>
    public IReadOnlyList<string>? Text(IOperation operation)
    {
        operation = Unwrap(operation);
        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return [constant];
        }

        return operation switch
        {
            IInterpolatedStringOperation interpolated => Join(interpolated.Parts.Select(p => p switch
            {
                IInterpolatedStringTextOperation text => Text(text.Text),
                IInterpolationOperation hole => Text(hole.Expression),
                _ => null,
            })),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum => Join([Text(sum.LeftOperand), Text(sum.RightOperand)]),
            IConditionalOperation choice => Text(choice.WhenTrue) is { } a && Text(choice.WhenFalse!) is { } b ? [.. a, .. b] : null,
            ILocalReferenceOperation local => Initializer(local.Local) is { } value ? Text(value) : null,
            IInvocationOperation call when Defined(call.TargetMethod) => Run(call.TargetMethod, call.Instance, call.Arguments),
            IPropertyReferenceOperation property when Defined(property.Property) => Run(property.Property, property.Instance, []),
            _ => null,
        };
    }

    /// <summary>The parameter names passed, and whether they are exactly those sent (false for a typed object).</summary>
    public (IReadOnlyCollection<string> Names, bool Exact) Supplied(IOperation? parameters)
    {
        if (Shared(parameters) is not null)
        {
            return (Supplied(Initializer(((ILocalReferenceOperation)Unwrap(parameters!)).Local)).Names, false);
        }

        if (parameters is null || Unwrap(parameters) is { ConstantValue: { HasValue: true, Value: null } })
        {
            return ([], true);
        }

        if (parameters is IArrayCreationOperation { Initializer: { } tuples })
        {
            // PlainSql's ("@name", value) pairs.
            return (tuples.ElementValues.Select(t => (string)((ITupleOperation)Unwrap(t)).Elements[0].ConstantValue.Value!).ToList(), true);
        }

        var value = Unwrap(parameters);
        var type = value.Type as INamedTypeSymbol ?? throw new InvalidOperationException($"Parameters of unknown type: {value.Syntax}");
        if (type.IsAnonymousType)
        {
            return (Properties(type).ToList(), true);
        }

        if (type.Name == "DynamicParameters" && value is ILocalReferenceOperation local)
        {
            return (Adds(local.Local).ToList(), true);
        }

        // A sequence of rows (Dapper runs the statement once per row): the row's properties.
        var rows = type.AllInterfaces.Prepend(type).FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        var row = (rows?.TypeArguments[0] as INamedTypeSymbol) ?? type;
        return (Properties(row).ToList(), row.IsAnonymousType);
    }

    /// <summary>The local an anonymous parameter object is kept in, "file:line name", when several calls pass it.</summary>
    public string? Shared(IOperation? parameters)
    {
        if (parameters is null || Unwrap(parameters) is not ILocalReferenceOperation { Local.Type.IsAnonymousType: true } local)
        {
            return null;
        }

        var declaration = local.Local.DeclaringSyntaxReferences[0];
        var span = declaration.SyntaxTree.GetLineSpan(declaration.Span);
        var body = declaration.GetSyntax().FirstAncestorOrSelf<MemberDeclarationSyntax>()!;
        var model = compilation.GetSemanticModel(body.SyntaxTree);
        var uses = body.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Count(i => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(i).Symbol, local.Local));
        return uses > 1 ? $"{Path.GetFileName(span.Path)}:{span.StartLinePosition.Line + 1} {local.Local.Name}" : null;
    }

    private static IReadOnlyList<string>? Join(IEnumerable<IReadOnlyList<string>?> parts)
    {
        IReadOnlyList<string> joined = [""];
        foreach (var part in parts)
        {
            if (part is null)
            {
                return null;
            }

            joined = joined.SelectMany(a => part.Select(b => a + b)).ToList();
        }

        return joined;
    }

    private static IEnumerable<string> Properties(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var property in t.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && p.GetMethod is not null))
            {
                yield return property.Name;
            }
        }
    }

    private IOperation? Initializer(ILocalSymbol local) =>
        local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } init }
            ? compilation.GetSemanticModel(init.SyntaxTree).GetOperation(init.Value)
            : null;

    // The names given to parameters.Add("name", …) on a DynamicParameters local.
    private IEnumerable<string> Adds(ILocalSymbol local)
    {
        var body = local.DeclaringSyntaxReferences[0].GetSyntax().FirstAncestorOrSelf<MemberDeclarationSyntax>()!;
        var model = compilation.GetSemanticModel(body.SyntaxTree);
        return body.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(i => model.GetOperation(i)).OfType<IInvocationOperation>()
            .Where(c => c.TargetMethod.Name == "Add" && c.Instance is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local))
            .Select(c => (string)c.Arguments[0].Value.ConstantValue.Value!);
    }

    private bool Defined(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly);

    // A method or property of the Data project that builds SQL, run for real: on the SQL Server dialect when it is one.
    private IReadOnlyList<string>? Run(ISymbol member, IOperation? instance, IReadOnlyList<IArgumentOperation> arguments)
    {
        var typeName = $"{member.ContainingType.ContainingNamespace.ToDisplayString()}.{member.ContainingType.MetadataName}";
        var type = typeof(PlanTrackerDatabase).Assembly.GetType(typeName, throwOnError: true)!;
        var target = type.IsAssignableFrom(Server.GetType()) ? Server : null;
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        if (member is IPropertySymbol)
        {
            return type.GetProperty(member.Name, all)!.GetValue(target) is string text ? [text] : null;
        }

        var values = new List<object?>();
        foreach (var argument in arguments.OrderBy(a => a.Parameter!.Ordinal))
        {
            if (argument.Parameter!.Type.Name == nameof(SqlDialect))
            {
                values.Add(Server);
            }
            else if (Text(argument.Value) is [var single])
            {
                values.Add(single);
            }
            else
            {
                return null;
            }
        }

        var method = type.GetMethods(all).Single(m => m.Name == member.Name && m.GetParameters().Length == values.Count);
        return method.Invoke(method.IsStatic ? null : target, [.. values]) is string result ? [result] : null;
    }
}
