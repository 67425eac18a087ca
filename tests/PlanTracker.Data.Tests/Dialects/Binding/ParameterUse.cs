using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>
/// The @parameters a T-SQL text expects from its caller: every variable it reads, less those it declares and the
/// names of a procedure's own parameters (<c>EXEC p @Resource = @resource</c> needs only @resource). Without "@".
/// </summary>
public sealed class ParameterUse : TSqlFragmentVisitor
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _declared = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<TSqlFragment> _procedureNames = [];

    public static HashSet<string> In(TSqlFragment fragment)
    {
        var use = new ParameterUse();
        fragment.Accept(use);
        use._used.ExceptWith(use._declared);
        return use._used;
    }

    public override void Visit(ExecuteParameter node)
    {
        if (node.Variable is not null)
        {
            _procedureNames.Add(node.Variable);
        }
    }

    public override void Visit(VariableReference node)
    {
        if (!_procedureNames.Contains(node))
        {
            _used.Add(node.Name.TrimStart('@'));
        }
    }

    public override void Visit(DeclareVariableElement node) => _declared.Add(node.VariableName.Value.TrimStart('@'));

    public override void Visit(DeclareTableVariableBody node) => _declared.Add(node.VariableName.Value.TrimStart('@'));
}
