using PlanTracker.Data.Schema;

namespace PlanTracker.Data.Tests.Dialects.Binding;

/// <summary>The schema replayed from the SQL Server migrations, and every kind of change a later script may make.</summary>
public class SchemaBuilderTests
{
    private static readonly string[] Migrations = Migrator.Scripts(DatabaseProvider.SqlServer).Select(s => s.Sql).ToArray();

    [Test]
    public void Migrations_GiveEveryTableItsColumnsTypesAndKeys()
    {
        var schema = SchemaBuilder.Build(Migrations);

        schema.Keys.Should().Contain(["plan", "job_line", "cooperative", "import_batch", "quarter_total", "web_session"]);
        var jobs = schema["job_line"];
        jobs.Columns.Should().HaveCount(15).And.Contain(("plan_id", "int")).And.Contain(("fte", "decimal(9,2)")).And.Contain(("comment", "nvarchar(1000)"));
        jobs.PrimaryKey.Should().Equal("id");
        jobs.UniqueKeys["uq_job_line_key"].Should().Equal("plan_id", "quarter", "siret", "contract_type", "nature");
        schema["cooperative"].Columns.Should().Contain([("origin", "nvarchar(20)"), ("stage", "nvarchar(20)"), ("cessation_date", "date"), ("followed_as_project", "bit")]);
        schema["quarter_total"].PrimaryKey.Should().Equal("plan_id", "indicator", "quarter", "axis", "commune");
        schema["structure"].PrimaryKey.Should().Equal("plan_id", "siret");
        schema["import_batch"].UniqueKeys["ux_import_batch_sha256"].Should().Equal("plan_id", "sha256");
        schema.Keys.Should().NotContain(["plan_target", "plan_trajectory", "plan_v4"]);
        schema["cooperative"].UniqueKeys.Keys.Should().BeEquivalentTo("ux_cooperative_siret", "ux_cooperative_pending");
        schema["app_user"].UniqueKeys["uq_app_user_name"].Should().Equal("name");
    }

    [Test]
    public void LaterScripts_AddDropAndAlterColumnsKeysAndTables()
    {
        var schema = SchemaBuilder.Build(Migrations.Append(
            """
            ALTER TABLE dbo.structure ADD note nvarchar(10) NULL, code int NULL, CONSTRAINT uq_structure_name UNIQUE (name, commune);
            GO
            ALTER TABLE dbo.structure ALTER COLUMN note nvarchar(50) NULL;
            ALTER TABLE dbo.structure DROP COLUMN code;
            CREATE UNIQUE INDEX ux_web_session_user ON dbo.web_session (user_name) WHERE expires_at_utc IS NULL;
            DROP INDEX ux_cooperative_siret ON dbo.cooperative;
            ALTER TABLE dbo.app_user DROP CONSTRAINT uq_app_user_name;
            DROP TABLE dbo.sign_in_failure;
            CREATE TABLE dbo.pending_upload (token nvarchar(64) NOT NULL CONSTRAINT pk_pending_upload PRIMARY KEY, size bigint NOT NULL);
            """));

        schema["structure"].Columns.Should().EndWith(("note", "nvarchar(50)")).And.NotContain(c => c.Name == "code");
        schema["structure"].UniqueKeys["uq_structure_name"].Should().Equal("name", "commune");
        schema["web_session"].UniqueKeys["ux_web_session_user"].Should().Equal("user_name");
        schema["cooperative"].UniqueKeys.Keys.Should().Equal("ux_cooperative_pending");
        schema["app_user"].UniqueKeys.Should().BeEmpty();
        schema.Should().NotContainKey("sign_in_failure");
        schema["pending_upload"].PrimaryKey.Should().Equal("token");
        TSqlBindingTests.Binder().Problems("SELECT throttle_key FROM sign_in_failure").Should().BeEmpty("the real migrations keep the table");
        new StatementBinder(schema).Problems("SELECT throttle_key FROM sign_in_failure").Should().Equal("table sign_in_failure");
        new StatementBinder(schema).Problems("SELECT s.code FROM structure s").Should().Equal("column s.code");
    }

    [Test]
    public void AlterOfATableNoScriptCreated_Fails()
    {
        var act = () => SchemaBuilder.Build(Migrations.Append("ALTER TABLE dbo.structures ADD note nvarchar(10) NULL;"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*structures*");
    }
}
