using System.Data.Common;
using System.Globalization;
using Dapper;
using PlanTracker.Core.Plans;
using PlanTracker.Data.Dialects;
using PlanTracker.Data.Schema;

namespace PlanTracker.Data.Plans;

/// <summary>
/// The plans a database holds, one per territory, each read from its plan file (<c>plan.document</c>). The first run
/// writes Core's default plan as plan 1; <see cref="AddAsync"/> adds others.
/// </summary>
public sealed class PlanStore(PlanTrackerDatabase database)
{
    // "plan" is quoted: PLAN is a reserved word in T-SQL.
    private const string RefSelect = "SELECT id, code, name, territory FROM \"plan\"";

    /// <summary>The plan <paramref name="planId"/> names, as its plan file says.</summary>
    public async Task<Plan> LoadAsync(int planId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var document = (string?)await connection.ScalarAsync("SELECT document FROM \"plan\" WHERE id = @id", cancellationToken, ("@id", planId))
                       ?? throw new PlanChoiceException($"Aucun plan n'a l'identifiant {planId}.");
        return Plan.FromJson(StoredPlanDocument.Completed(document));
    }

    /// <summary>Every plan, oldest first, with how many batches, job lines and cooperatives it holds.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ListAsync(
            $"""
             SELECT p.id, p.code, p.name, p.territory, {database.Dialect.TimestampText("p.created_at_utc")},
                 (SELECT COUNT(1) FROM import_batch b WHERE b.plan_id = p.id),
                 (SELECT COUNT(1) FROM job_line j WHERE j.plan_id = p.id),
                 (SELECT COUNT(1) FROM cooperative c WHERE c.plan_id = p.id)
             FROM "plan" p
             ORDER BY p.id
             """,
            r => new PlanSummary(ReadRef(r), SqlDialect.ParseTimestamp(r.Text(4)), r.Long(5), r.Long(6), r.Long(7)),
            cancellationToken);
    }

    /// <summary>Every plan's id, code, name and territory, oldest first: without <see cref="ListAsync"/>'s counts.</summary>
    public async Task<IReadOnlyList<PlanRef>> ListRefsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ListAsync(RefSelect + " ORDER BY id", ReadRef, cancellationToken);
    }

    /// <summary>
    /// The plan a code or an id names; with none given, the only plan. Throws <see cref="PlanChoiceException"/>, with
    /// the list of plans, when none matches or when there are several and none was given.
    /// </summary>
    public async Task<PlanRef> ResolveAsync(string? codeOrId, CancellationToken cancellationToken = default)
    {
        var plans = await ListRefsAsync(cancellationToken);
        var wanted = codeOrId?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return plans.Count == 1
                ? plans[0]
                : throw new PlanChoiceException(Listed($"La base contient {plans.Count} plans : choisissez-en un avec --plan CODE.", plans));
        }

        return plans.FirstOrDefault(p => string.Equals(p.Code, wanted, StringComparison.OrdinalIgnoreCase)
                                         || (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && p.Id == id))
               ?? throw new PlanChoiceException(Listed($"Aucun plan n'a le code ou l'identifiant « {wanted} ».", plans));
    }

    /// <summary>
    /// Adds the plan a plan file describes; nothing is written when the file is unusable or its code is taken (every
    /// reason is in <see cref="PlanAddOutcome.Errors"/>).
    /// </summary>
    public async Task<PlanAddOutcome> AddAsync(string document, CancellationToken cancellationToken = default)
    {
        var (names, _, errors) = StoredPlanDocument.Read(document);
        if (names is null)
        {
            return new PlanAddOutcome(null, errors);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.Dialect.LockAsync(connection, transaction, Migrator.LockResource, Migrator.LockTimeout, database.Description, cancellationToken);
        var taken = await connection.QuerySingleOrDefaultAsync<long?>("SELECT id FROM \"plan\" WHERE code = @Code", names, transaction);
        if (taken is not null)
        {
            return new PlanAddOutcome(null, [$"Un plan de code « {names.Code} » existe déjà (identifiant {taken}) : choisissez un autre code."]);
        }

        var id = await InsertAsync(connection, transaction, names, document);
        await transaction.CommitAsync(cancellationToken);
        return new PlanAddOutcome(names with { Id = id }, []);
    }

    /// <summary>Writes Core's default plan as plan 1 when the database has no plan yet (first run).</summary>
    internal async Task SeedDefaultAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Seeded already (every run but the first): no write lock to wait for behind a running import.
        if (Convert.ToInt64(await connection.ScalarAsync("SELECT COUNT(1) FROM \"plan\"", cancellationToken), CultureInfo.InvariantCulture) > 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two web instances starting together: the second waits, then finds the plan seeded.
        await database.Dialect.LockAsync(connection, transaction, Migrator.LockResource, Migrator.LockTimeout, database.Description, cancellationToken);
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM \"plan\"", transaction: transaction) == 0)
        {
            var document = StoredPlanDocument.DefaultDocument();
            var (names, _, errors) = StoredPlanDocument.Read(document);
            await InsertAsync(connection, transaction, names ?? throw new InvalidOperationException(string.Join(" ", errors)), document);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, PlanRef names, string document) =>
        (int)await connection.ExecuteScalarAsync<long>(
            database.Dialect.InsertReturningId("\"plan\"", "code, name, territory, document, created_at_utc", "@Code, @Name, @Territory, @document, @now"),
            new { names.Code, names.Name, names.Territory, document, now = database.Dialect.Timestamp(DateTimeOffset.UtcNow) },
            transaction);

    private static PlanRef ReadRef(DbDataReader r) => new(r.Int(0), r.Text(1), r.Text(2), r.Text(3));

    private static string Listed(string message, IReadOnlyList<PlanRef> plans) =>
        plans.Count == 0
            ? message
            : $"{message}{Environment.NewLine}Plans de la base :{Environment.NewLine}" +
              string.Join(Environment.NewLine, plans.Select(p => $"  {p.Code} — {p.Name} (identifiant {p.Id})"));
}
