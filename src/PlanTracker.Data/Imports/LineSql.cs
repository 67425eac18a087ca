using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Imports;

/// <summary>The statements that read and write lines, shared by import and rollback.</summary>
internal static class LineSql
{
    public const string JobColumns =
        "id AS Id, quarter AS Quarter, siret AS Siret, contract_type AS ContractType, structure_name AS StructureName, " +
        "commune AS Commune, axis AS Axis, jobs AS Jobs, fte AS Fte, comment AS Comment, batch_id AS BatchId, " +
        "source_sheet AS SourceSheet, source_row AS SourceRow, nature AS Nature";

    // The creation date is read as yyyy-MM-dd text on both providers: compared as such and kept so in previous_json.
    public static string CooperativeColumns(SqlDialect dialect) =>
        "id AS Id, siret AS Siret, name AS Name, name_key AS NameKey, commune AS Commune, legal_form AS LegalForm, " +
        $"{dialect.DateText("creation_date")} AS CreationDate, quarter AS Quarter, axis AS Axis, jobs_at_creation AS JobsAtCreation, " +
        "batch_id AS BatchId, source_sheet AS SourceSheet, source_row AS SourceRow, origin AS Origin, stage AS Stage, " +
        $"{dialect.DateText("cessation_date")} AS CessationDate, CAST(followed_as_project AS int) AS FollowedAsProject, " +
        "recorded_quarter AS RecordedQuarter";

    public static string InsertJob(SqlDialect dialect) => dialect.InsertReturningId(
        "job_line",
        "plan_id, quarter, siret, contract_type, structure_name, commune, axis, jobs, fte, comment, batch_id, source_sheet, source_row, nature",
        "@PlanId, @Quarter, @Siret, @ContractType, @StructureName, @Commune, @Axis, @Jobs, @Fte, @Comment, @BatchId, @SourceSheet, @SourceRow, @Nature");

    public const string UpdateJob =
        """
        UPDATE job_line SET structure_name = @StructureName, commune = @Commune, axis = @Axis, jobs = @Jobs, fte = @Fte,
            comment = @Comment, batch_id = @BatchId, source_sheet = @SourceSheet, source_row = @SourceRow
        WHERE id = @Id
        """;

    // The creation date goes as yyyy-MM-dd text: SQL Server converts that form to date the same way in every language.
    public static string InsertCooperative(SqlDialect dialect) => dialect.InsertReturningId(
        "cooperative",
        "plan_id, siret, name, name_key, commune, legal_form, creation_date, quarter, axis, jobs_at_creation, batch_id, source_sheet, source_row, " +
        "origin, stage, cessation_date, followed_as_project, recorded_quarter",
        "@PlanId, @Siret, @Name, @NameKey, @Commune, @LegalForm, @CreationDate, @Quarter, @Axis, @JobsAtCreation, @BatchId, @SourceSheet, @SourceRow, " +
        "@Origin, @Stage, @CessationDate, @FollowedAsProject, @RecordedQuarter");

    public const string UpdateCooperative =
        """
        UPDATE cooperative SET siret = @Siret, name = @Name, name_key = @NameKey, commune = @Commune, legal_form = @LegalForm,
            creation_date = @CreationDate, quarter = @Quarter, axis = @Axis, jobs_at_creation = @JobsAtCreation,
            batch_id = @BatchId, source_sheet = @SourceSheet, source_row = @SourceRow, origin = @Origin, stage = @Stage,
            cessation_date = @CessationDate, followed_as_project = @FollowedAsProject, recorded_quarter = @RecordedQuarter
        WHERE id = @Id
        """;

    public const string RecordChange =
        "INSERT INTO line_change (batch_id, line_kind, line_id, previous_json) VALUES (@batchId, @kind, @lineId, @previous)";
}
